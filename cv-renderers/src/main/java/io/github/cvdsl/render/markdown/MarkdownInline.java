package io.github.cvdsl.render.markdown;

import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.render.internal.CodePoints;
import io.github.cvdsl.render.template.InlineFormat;
import io.github.cvdsl.render.internal.LinkPolicy;
import io.github.cvdsl.render.internal.UrlText;
import java.util.List;

/**
 * Writes spans as CommonMark inlines: {@code **strong**}, {@code *emphasis*}, {@code `code`} and
 * {@code [label](url)}. Emphasis whose delimiters CommonMark would not read as such (its flanking
 * rules, e.g. {@code a**"b"**}) is written as plain text instead, so the words always survive.
 */
final class MarkdownInline implements InlineFormat {

  /** Stands for "the next thing is an emphasis delimiter run of a sibling span". */
  private static final int DELIMITER = -2;

  /** Stands for "nothing follows on this line". */
  private static final int NOTHING = -1;

  private final MarkdownEscaper escaper;

  MarkdownInline(MarkdownEscaper escaper) {
    this.escaper = escaper;
  }

  /*
   * Everything is written straight into the caller's builder. An emphasis writes its inner text
   * in place and adds its delimiters around it afterwards, if CommonMark would read them; until
   * then the inner text is judged on its own, as a scope starting at index {@code scope}.
   */

  @Override
  public void format(Text text, StringBuilder out) {
    int start = out.length();
    appendAll(text.spans(), out, start, NOTHING, false, true);
    escaper.escapeLineStart(out, start);
  }

  /**
   * Appends {@code spans}. {@code templateFollows} says that what comes after them is template
   * text or a link's {@code ]}, not another span, whose markup could join the last one's text.
   */
  private void appendAll(
      List<Span> spans,
      StringBuilder out,
      int scope,
      int after,
      boolean inLink,
      boolean templateFollows) {
    int last = spans.size() - 1;
    for (int i = 0; i <= last; i++) {
      int next = i < last ? firstOf(spans.get(i + 1), inLink) : after;
      append(spans.get(i), out, scope, next, inLink, templateFollows && i == last);
    }
  }

  private void append(
      Span span, StringBuilder out, int scope, int next, boolean inLink, boolean templateFollows) {
    if (span instanceof Span.Plain plain) {
      escaper.escape(plain.text(), out, mayStartLine(out, scope, inLink), templateFollows);
    } else if (span instanceof Span.Strong strong) {
      delimited("**", strong.children(), out, scope, next, inLink, templateFollows);
    } else if (span instanceof Span.Emphasis emphasis) {
      delimited("*", emphasis.children(), out, scope, next, inLink, templateFollows);
    } else if (span instanceof Span.Code code) {
      code(code.code(), out);
    } else {
      link((Span.Link) span, out, scope, next, inLink, templateFollows);
    }
  }

  /**
   * Whether text appended to {@code out} could begin a line: unless a link's bracket or visible
   * text precedes it in its scope. Emphasis may drop its delimiters, so its inner text is a scope
   * of its own and always counts as a line start.
   */
  private static boolean mayStartLine(StringBuilder out, int scope, boolean inLink) {
    return !inLink && isWhitespaceFrom(out, scope);
  }

  /**
   * Whether {@code out} holds only whitespace from {@code start}: the paragraph's leading
   * whitespace, which is stripped, em spaces and all, so that what follows begins the line.
   */
  private static boolean isWhitespaceFrom(StringBuilder out, int start) {
    for (int i = start; i < out.length(); i++) {
      if (!Character.isWhitespace(out.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** What a span's markup starts with, as far as emphasis flanking cares. */
  private static int firstOf(Span span, boolean inLink) {
    if (span instanceof Span.Plain plain) {
      // An empty run reveals nothing; assuming a letter makes emphasis before it the safe plain.
      String text = plain.text();
      if (text.isEmpty()) {
        return 'a';
      }
      char first = text.charAt(0);
      return CodePoints.isClean(first) ? first : CodePoints.clean(text.codePointAt(0));
    }
    if (span instanceof Span.Strong || span instanceof Span.Emphasis) {
      return DELIMITER;
    }
    if (span instanceof Span.Code code) {
      return CodePoints.clean(code.code()).isEmpty() ? 'a' : '`';
    }
    Span.Link link = (Span.Link) span;
    if (inLink || !LinkPolicy.allows(link.url())) {
      // Written as its label alone.
      return link.label().isEmpty() ? 'a' : firstOf(link.label().get(0), inLink);
    }
    return '[';
  }

  private void delimited(
      String delimiter,
      List<Span> children,
      StringBuilder out,
      int scope,
      int next,
      boolean inLink,
      boolean templateFollows) {
    int inner = out.length();
    // Should the delimiters be dropped, the inner text meets what follows the whole span.
    appendAll(children, out, inner, '*', inLink, templateFollows);
    int start = inner;
    while (start < out.length() && out.charAt(start) == ' ') {
      start++;
    }
    int end = out.length();
    while (end > start && out.charAt(end - 1) == ' ') {
      end--;
    }
    if (start == end) {
      return;
    }
    boolean trailingSpace = end < out.length();
    int previous = start == scope ? NOTHING : out.codePointBefore(start);
    int first = out.codePointAt(start);
    int last = out.codePointBefore(end);
    // A delimiter run against Unicode whitespace (a no-break space) neither opens nor closes.
    boolean opens =
        !MarkdownEscaper.isUnicodeSpace(first)
            && (!isPunctuation(first)
                || previous == NOTHING
                || previous == ' '
                || isPunctuation(previous));
    boolean closes =
        !MarkdownEscaper.isUnicodeSpace(last)
            && (!isPunctuation(last)
                || trailingSpace
                || next == NOTHING
                || next == ' '
                || (next != DELIMITER && isPunctuation(next)));
    boolean mergesWithNeighbour = next == DELIMITER && !trailingSpace;
    if (opens && closes && !mergesWithNeighbour && !endsWithDelimiter(out, scope, start)) {
      out.insert(end, delimiter).insert(start, delimiter);
    }
  }

  /**
   * Whether {@code out} up to {@code end} ends with an unescaped {@code *} of the scope starting at
   * {@code scope}, which a new run would join.
   */
  private static boolean endsWithDelimiter(StringBuilder out, int scope, int end) {
    return end > scope
        && out.charAt(end - 1) == '*'
        && (end - scope < 2 || out.charAt(end - 2) != '\\');
  }

  /** CommonMark's punctuation: ASCII punctuation and Unicode P and S categories. */
  private static boolean isPunctuation(int codePoint) {
    if (codePoint < 0x80) {
      return codePoint > ' ' && !Character.isLetterOrDigit(codePoint) && codePoint != 0x7F;
    }
    switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** A code span fenced with more backticks than the code holds in a row. */
  private static void code(String code, StringBuilder out) {
    String clean = CodePoints.clean(code);
    if (clean.isEmpty()) {
      return;
    }
    String fence = "`".repeat(longestBacktickRun(clean) + 1);
    // CommonMark strips one space from each end when both ends have one, and a backtick at an end
    // would join the fence: a space on each side keeps the code as written.
    boolean pad =
        clean.startsWith("`")
            || clean.endsWith("`")
            || (clean.startsWith(" ") && clean.endsWith(" ") && !clean.isBlank());
    String padding = pad ? " " : "";
    out.append(fence).append(padding).append(clean).append(padding).append(fence);
  }

  private static int longestBacktickRun(String code) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < code.length(); i++) {
      run = code.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  private void link(
      Span.Link link,
      StringBuilder out,
      int scope,
      int next,
      boolean inLink,
      boolean templateFollows) {
    // A link inside a link is not CommonMark; nor is a script. Its label stands in its place.
    if (inLink || !LinkPolicy.allows(link.url())) {
      appendAll(link.label(), out, scope, next, inLink, templateFollows);
      return;
    }
    out.append('[');
    int labelStart = out.length();
    appendAll(link.label(), out, scope, ']', true, true);
    if (isBlankFrom(out, labelStart)) {
      out.setLength(labelStart);
      escaper.escape(UrlText.of(link.url()), out, false, true);
    }
    out.append("](");
    destination(link.url(), out);
    out.append(')');
  }

  private static boolean isBlankFrom(StringBuilder out, int start) {
    for (int i = start; i < out.length(); i++) {
      if (out.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The URL as a link destination: made valid, and its parentheses escaped. */
  private static void destination(Url url, StringBuilder out) {
    String value = UrlText.of(url);
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(' || c == ')') {
        out.append(value, run, i).append('\\').append(c);
        run = i + 1;
      }
    }
    if (run == 0) {
      // Most URLs have no parentheses; a whole string is copied at once, a range char by char.
      out.append(value);
    } else {
      out.append(value, run, value.length());
    }
  }
}
