package io.github.cvdsl.render.markdown;

import io.github.cvdsl.render.internal.CodePoints;
import io.github.cvdsl.render.template.Escaper;

/**
 * Escapes text so that a CommonMark reader shows it literally, with a backslash only where a
 * character would otherwise be read as markup: "4.0", "R&amp;D", "C# and F#", "snake_case" and
 * "a &lt; b" are written as they are.
 *
 * <p>Always escaped: {@code \ ` [ ]}, which make code, links and images anywhere, and {@code |}
 * and {@code ~}, which GitHub's Markdown reads as tables and strikethrough. Within a line:
 *
 * <ul>
 *   <li>{@code *} and {@code _} unless their neighbours show that the run can neither open nor
 *       close emphasis: spaces inside the text on both sides, or, for {@code _}, letters or digits;
 *   <li>{@code &} where it begins an entity or character reference: {@code &amp;}, {@code &#169;},
 *       {@code &#x41;};
 *   <li>{@code <} unless a space or a character that begins no tag, comment or autolink follows;
 *   <li>{@code #} where it could close a heading: after a space, with only spaces after it;
 *   <li>{@code !} only at the end of a span that another span follows, which could be a link.
 * </ul>
 *
 * <p>Text is escaped as if it began a line, as a template may put it anywhere. There {@code >},
 * {@code #} to {@code ######} and the list markers {@code -}, {@code +}, {@code *}, {@code 1.} and
 * {@code 1)} (up to nine digits) are escaped when a space or the end follows them, and so are
 * thematic breaks and setext underlines ({@code ---}, {@code ***}, {@code ___}, {@code ===}).
 *
 * <p>The template text after a value is taken to begin with a space, a line break or a mark such as
 * {@code ·}, not with a letter, a digit or {@code [}. So {@code !} and {@code &D} may end a value
 * as they are, while what a {@code ;} would complete, such as {@code &amp}, is escaped.
 */
public final class MarkdownEscaper implements Escaper {

  private static final String ALWAYS = "\\`[]|~";

  /** Characters that are markup or not depending on what surrounds them. */
  private static final String DEPENDING = "*_#&!<";

  /**
   * After {@code <}, the ASCII characters that begin no raw HTML or autolink: an autolink's scheme
   * or an e-mail's local part, a tag, a closing tag, a comment or a processing instruction all
   * begin otherwise.
   */
  private static final String INERT_AFTER_LESS_THAN = " \"(),:;<>@[\\]";

  private static final int MAX_LIST_NUMBER_DIGITS = 9;
  private static final int MAX_HEADING_LEVEL = 6;
  private static final int MAX_ENTITY_NAME_TAIL = 31;
  private static final int MAX_DECIMAL_DIGITS = 7;
  private static final int MAX_HEX_DIGITS = 6;
  private static final int MIN_THEMATIC_BREAK = 3;

  /** ASCII characters that may need escaping in the middle of a line. */
  private static final boolean[] ATTENTION = new boolean[0x80];

  static {
    for (char c : (ALWAYS + DEPENDING).toCharArray()) {
      ATTENTION[c] = true;
    }
  }

  /**
   * Escapes {@code text} as if it began a line and template text followed it, which is safe
   * wherever a template puts it. Leading whitespace is dropped: a reader would not show it, and
   * four spaces would start a code block.
   */
  @Override
  public void escape(String text, StringBuilder out) {
    int start = 0;
    while (start < text.length() && CodePoints.clean(text.charAt(start)) == ' ') {
      start++;
    }
    escape(text.substring(start), out, true, true);
  }

  /**
   * Escapes {@code text}, knowing whether it may begin a line and what may follow it.
   *
   * @param text an author's text
   * @param out where the escaped text goes
   * @param mayStartLine false only where something visible surely precedes {@code text} on its line
   * @param templateFollows true where only template text or a written {@code ]} follows {@code
   *     text}; false where another span's markup may
   */
  void escape(String text, StringBuilder out, boolean mayStartLine, boolean templateFollows) {
    String clean = CodePoints.clean(text);
    int length = clean.length();
    int lineMark = mayStartLine ? lineStartMarkup(clean, 0) : -1;
    // Text is copied in runs; only an escaped character breaks a run.
    int run = 0;
    for (int i = 0; i < length; i++) {
      char c = clean.charAt(i);
      if (i == lineMark
          || (c < 0x80 && ATTENTION[c] && needsEscape(c, clean, i, templateFollows))) {
        out.append(clean, run, i).append('\\');
        run = i;
      }
    }
    if (run == 0) {
      // Most text needs no escape; a whole string is copied at once, a range char by char.
      out.append(clean);
    } else {
      out.append(clean, run, length);
    }
  }

  /**
   * Escapes the block markup that the line written to {@code out} from {@code start} begins with,
   * if any: spans escaped one by one may form it together, as "9" and ")" do.
   *
   * @param out markup ending with one whole line, as a paragraph's is
   * @param start where the line starts
   */
  void escapeLineStart(StringBuilder out, int start) {
    int mark = lineStartMarkup(out, start);
    if (mark >= 0) {
      out.insert(mark, '\\');
    }
  }

  /**
   * The index of the character that makes the line {@code text} begins at {@code start} block
   * markup (a heading, quote, list item, thematic break or setext underline), or -1. A paragraph's
   * leading whitespace is stripped after escaping, an em space too, so the line begins after it.
   * Text that ends early counts as the end of the line, as a line break may follow it.
   */
  private static int lineStartMarkup(CharSequence text, int start) {
    int length = text.length();
    int first = start;
    while (first < length && isBlank(text.charAt(first))) {
      first++;
    }
    if (first == length) {
      return -1;
    }
    char c = text.charAt(first);
    switch (c) {
      case '>':
        return first;
      case '#':
        int hashes = runEnd(text, first) - first;
        return hashes <= MAX_HEADING_LEVEL && isBlankOrEnd(text, first + hashes) ? first : -1;
      case '-':
      case '+':
      case '*':
        if (isBlankOrEnd(text, first + 1)) {
          return first;
        }
        break;
      default:
        break;
    }
    if ((c == '-' || c == '*' || c == '_' || c == '=') && isBreakOrUnderline(text, first, c)) {
      return first;
    }
    int digitsEnd = first;
    while (digitsEnd < length && isAsciiDigit(text.charAt(digitsEnd))) {
      digitsEnd++;
    }
    if (digitsEnd > first
        && digitsEnd - first <= MAX_LIST_NUMBER_DIGITS
        && digitsEnd < length
        && (text.charAt(digitsEnd) == '.' || text.charAt(digitsEnd) == ')')
        && isBlankOrEnd(text, digitsEnd + 1)) {
      return digitsEnd;
    }
    return -1;
  }

  /**
   * Whether the line from {@code first} to the end holds only {@code mark} and spaces: a thematic
   * break of three or more, or a setext underline of any length of {@code -} or {@code =}.
   */
  private static boolean isBreakOrUnderline(CharSequence text, int first, char mark) {
    int marks = 0;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == mark) {
        marks++;
      } else if (!isBlank(c)) {
        return false;
      }
    }
    return mark == '-' || mark == '=' || marks >= MIN_THEMATIC_BREAK;
  }

  private static boolean needsEscape(char c, String text, int index, boolean templateFollows) {
    switch (c) {
      case '*':
      case '_':
        return mayDelimitEmphasis(c, text, index);
      case '#':
        return mayCloseHeading(text, index);
      case '&':
        return mayBeginReference(text, index + 1, templateFollows);
      case '!':
        // "[" in text is always escaped, so only a following span's link can make an image.
        return index + 1 == text.length() && !templateFollows;
      case '<':
        return mayOpenTag(text, index + 1);
      default:
        return true;
    }
  }

  /**
   * Whether the run of {@code mark} around {@code index} might open or close emphasis. Where text
   * starts or ends its neighbour is unknown, so the run might.
   */
  private static boolean mayDelimitEmphasis(char mark, String text, int index) {
    int start = index;
    while (start > 0 && text.charAt(start - 1) == mark) {
      start--;
    }
    int end = runEnd(text, index);
    if (start == 0 || end == text.length()) {
      return true;
    }
    int before = text.codePointBefore(start);
    int after = text.codePointAt(end);
    // Between spaces a run is neither left- nor right-flanking. Spaces that begin or end the text
    // do not count: the inline formatter moves them outside an emphasis's delimiters, and the run
    // would join those.
    if (isUnicodeSpace(before) && isUnicodeSpace(after)) {
      return isBlankUpTo(text, start) || isBlankFrom(text, end);
    }
    // Inside a word, "_" can neither open nor close; "*" can.
    return mark == '*' || !Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after);
  }

  /**
   * Whether the run of {@code #} at {@code index} could be a heading's closing sequence: after a
   * space (or where the text starts), with nothing but spaces after it.
   */
  private static boolean mayCloseHeading(String text, int index) {
    if (index > 0 && !isBlank(text.charAt(index - 1))) {
      // Inside a run, or after a word ("C#"): the run's first "#" decides.
      return false;
    }
    return isBlankFrom(text, runEnd(text, index));
  }

  /**
   * Whether an {@code &} followed by the text from {@code start} could be read as a reference:
   * {@code &name;} (a letter and 1 to 31 letters or digits), {@code &#} and 1 to 7 digits, or
   * {@code &#x} and 1 to 6 hex digits, then {@code ;}. CommonMark reads only names of HTML5
   * entities, but a name this escaper does not know is escaped all the same.
   */
  private static boolean mayBeginReference(String text, int start, boolean templateFollows) {
    int length = text.length();
    if (start == length) {
      return true;
    }
    int i = start;
    int maxBody;
    int kind;
    if (text.charAt(i) == '#') {
      i++;
      if (i < length && (text.charAt(i) == 'x' || text.charAt(i) == 'X')) {
        i++;
        kind = 16;
        maxBody = MAX_HEX_DIGITS;
      } else {
        kind = 10;
        maxBody = MAX_DECIMAL_DIGITS;
      }
      if (i == length) {
        return true;
      }
    } else if (isAsciiLetter(text.charAt(i))) {
      i++;
      kind = 36;
      maxBody = MAX_ENTITY_NAME_TAIL;
    } else {
      return false;
    }
    int bodyStart = i;
    while (i < length && i - bodyStart < maxBody && isAsciiDigit(text.charAt(i), kind)) {
      i++;
    }
    if (i == length) {
      // Cut off by the end. A following span may add anything; template text adds at most ";",
      // which completes "&#12" or "&amp", not "&D", as an entity's name is two characters or more.
      return !templateFollows || i > bodyStart || kind != 36;
    }
    return i > bodyStart && text.charAt(i) == ';';
  }

  /** Whether a {@code <} before {@code index} could open raw HTML or an autolink. */
  private static boolean mayOpenTag(String text, int index) {
    if (index == text.length()) {
      return true;
    }
    char next = text.charAt(index);
    return next < 0x80 && INERT_AFTER_LESS_THAN.indexOf(next) < 0;
  }

  /** The index after the run of the character at {@code index}. */
  private static int runEnd(CharSequence text, int index) {
    char c = text.charAt(index);
    int end = index + 1;
    while (end < text.length() && text.charAt(end) == c) {
      end++;
    }
    return end;
  }

  private static boolean isBlankUpTo(String text, int end) {
    for (int i = 0; i < end; i++) {
      if (!isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlankFrom(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      if (!isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlankOrEnd(CharSequence text, int index) {
    return index >= text.length() || isBlank(text.charAt(index));
  }

  /**
   * Whitespace in the widest sense, where treating a character as a space can only add escapes:
   * Java's whitespace, which a paragraph's start loses, and Unicode's space separators.
   */
  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /**
   * CommonMark's Unicode whitespace, as it can stand in cleaned text (tabs and line breaks are
   * already spaces). Exact, since a run between such spaces is left unescaped.
   */
  static boolean isUnicodeSpace(int codePoint) {
    return Character.getType(codePoint) == Character.SPACE_SEPARATOR;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII digit in base {@code radix}; base 36 takes all letters. */
  private static boolean isAsciiDigit(char c, int radix) {
    return c < 0x80 && Character.digit(c, radix) >= 0;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
