package io.github.cvdsl.processor;

import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small inline markup of CV text: {@code **strong**}, {@code *emphasis*}, {@code `code`}
 * and {@code [label](url)}. A backslash before {@code \ * ` [ ]} writes that character. Anything
 * that does not parse is a problem, never a guess: the author sees it at compile time.
 */
final class MarkupParser {
  private static final String ESCAPABLE = "\\*`[]";
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*(?:\\n[ \\t]*)+");
  private static final int CONTEXT = 20;

  private final String what;
  private final String source;

  /** The index in the author's text of each character of {@link #source}. */
  private final int[] origin;

  private int pos;

  /** The index the last message quoted from: where the problem is. */
  private int quoted;

  private MarkupParser(String what, Mapped source) {
    this.what = what;
    this.source = source.text();
    this.origin = source.origin();
  }

  /** Paragraphs separated by blank lines; within one, a line break reads as a space. */
  static Checked<List<Text>> paragraphs(String what, String source) {
    List<Text> out = new ArrayList<>();
    for (Mapped paragraph : Mapped.of(source).normalised().stripped().split(PARAGRAPH_BREAK)) {
      if (paragraph.text().isBlank()) {
        continue;
      }
      Checked<Text> text = paragraph(what, paragraph);
      if (!text.isOk()) {
        return Checked.problem(text.problem(), text.offset());
      }
      out.add(text.value());
    }
    return Checked.ok(out);
  }

  /** One paragraph; line breaks, blank or not, read as a space. */
  static Checked<Text> paragraph(String what, String source) {
    return paragraph(what, Mapped.of(source));
  }

  private static Checked<Text> paragraph(String what, Mapped source) {
    MarkupParser parser =
        new MarkupParser(what, source.normalised().stripped().replaced(LINE_BREAK, " "));
    try {
      return Checked.ok(new Text(parser.spansUntil(Closer.NONE)));
    } catch (MarkupException e) {
      return Checked.problem(Message.MARKUP.format(what, e.getMessage()), parser.originOf(e.at));
    }
  }

  private int originOf(int index) {
    return origin.length == 0 ? 0 : origin[Math.max(0, Math.min(index, origin.length - 1))];
  }

  /**
   * A text made from the author's by line-break and space rules, each character remembering where
   * it came from, so that a problem is reported where the author wrote it.
   */
  private record Mapped(String text, int[] origin) {
    private static final Pattern CARRIAGE_RETURN = Pattern.compile("\\r\\n?");

    static Mapped of(String text) {
      int[] origin = new int[text.length()];
      for (int i = 0; i < origin.length; i++) {
        origin[i] = i;
      }
      return new Mapped(text, origin);
    }

    Mapped normalised() {
      return text.indexOf('\r') < 0 ? this : replaced(CARRIAGE_RETURN, "\n");
    }

    Mapped stripped() {
      int start = 0;
      int end = text.length();
      while (start < end && Character.isWhitespace(text.codePointAt(start))) {
        start += Character.charCount(text.codePointAt(start));
      }
      while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
        end -= Character.charCount(text.codePointBefore(end));
      }
      return sub(start, end);
    }

    /** Each match replaced by {@code replacement}, whose characters come from the match's start. */
    Mapped replaced(Pattern pattern, String replacement) {
      Matcher matcher = pattern.matcher(text);
      StringBuilder out = new StringBuilder(text.length());
      int[] outOrigin = new int[text.length() + replacement.length()];
      int last = 0;
      int n = 0;
      while (matcher.find()) {
        if (n + (matcher.start() - last) + replacement.length() > outOrigin.length) {
          outOrigin = Arrays.copyOf(outOrigin, outOrigin.length * 2 + replacement.length());
        }
        for (int i = last; i < matcher.start(); i++) {
          outOrigin[n++] = origin[i];
        }
        out.append(text, last, matcher.start()).append(replacement);
        for (int i = 0; i < replacement.length(); i++) {
          outOrigin[n++] = origin[matcher.start()];
        }
        last = matcher.end();
      }
      if (last == 0) {
        return this;
      }
      if (n + (text.length() - last) > outOrigin.length) {
        outOrigin = Arrays.copyOf(outOrigin, n + (text.length() - last));
      }
      for (int i = last; i < text.length(); i++) {
        outOrigin[n++] = origin[i];
      }
      out.append(text, last, text.length());
      return new Mapped(out.toString(), Arrays.copyOf(outOrigin, n));
    }

    List<Mapped> split(Pattern pattern) {
      List<Mapped> parts = new ArrayList<>();
      Matcher matcher = pattern.matcher(text);
      int last = 0;
      while (matcher.find()) {
        parts.add(sub(last, matcher.start()));
        last = matcher.end();
      }
      parts.add(sub(last, text.length()));
      return parts;
    }

    private Mapped sub(int start, int end) {
      return new Mapped(text.substring(start, end), Arrays.copyOfRange(origin, start, end));
    }
  }

  private enum Closer {
    NONE(""),
    STRONG("**"),
    EMPHASIS("*"),
    LABEL("]");

    final String marker;

    Closer(String marker) {
      this.marker = marker;
    }
  }

  /** A problem, at the place its message quotes (see {@link #at}). */
  private final class MarkupException extends Exception {
    final int at;

    MarkupException(String message) {
      super(message, null, false, false);
      this.at = quoted;
    }
  }

  private List<Span> spansUntil(Closer closer) throws MarkupException {
    int start = pos;
    List<Span> spans = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (c == '\\'
          && pos + 1 < source.length()
          && ESCAPABLE.indexOf(source.charAt(pos + 1)) >= 0) {
        plain.append(source.charAt(pos + 1));
        pos += 2;
      } else if (c == '`') {
        flush(plain, spans);
        spans.add(code());
      } else if (source.startsWith("**", pos) && !closesEmphasisFirst(closer)) {
        if (closer == Closer.STRONG) {
          return closed(spans, plain, start, closer);
        }
        flush(plain, spans);
        spans.add(new Span.Strong(opened(Closer.STRONG)));
      } else if (c == '*') {
        if (closer == Closer.EMPHASIS) {
          return closed(spans, plain, start, closer);
        }
        flush(plain, spans);
        spans.add(new Span.Emphasis(opened(Closer.EMPHASIS)));
      } else if (c == '[') {
        if (closer == Closer.LABEL) {
          throw new MarkupException(
              "\"[\" "
                  + at(pos)
                  + " opens a link inside a link label: write \\\\[ for a literal"
                  + " bracket");
        }
        flush(plain, spans);
        spans.add(link());
      } else if (c == ']') {
        if (closer == Closer.LABEL) {
          return closed(spans, plain, start, closer);
        }
        throw new MarkupException(
            "\"]\" " + at(pos) + " closes no link: write \\\\] for a literal bracket");
      } else {
        plain.append(c);
        pos++;
      }
    }
    if (closer != Closer.NONE) {
      throw unclosed(closer, start - closer.marker.length());
    }
    flush(plain, spans);
    return spans;
  }

  /**
   * Inside emphasis, {@code **} that cannot open (before a space, an asterisk or the end) is the
   * emphasis closing first: {@code ***} ends "{@code **bold *em***}".
   */
  private boolean closesEmphasisFirst(Closer closer) {
    int next = pos + 2;
    return closer == Closer.EMPHASIS
        && (next >= source.length()
            || Character.isWhitespace(source.charAt(next))
            || source.charAt(next) == '*');
  }

  private List<Span> opened(Closer closer) throws MarkupException {
    int open = pos;
    pos += closer.marker.length();
    if (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
      throw new MarkupException(
          "\""
              + closer.marker
              + "\" "
              + at(open)
              + " is followed by a space: write it right"
              + " before the first word, e.g. "
              + example(closer)
              + ", or write "
              + literal(closer)
              + " for a literal asterisk");
    }
    return spansUntil(closer);
  }

  private List<Span> closed(List<Span> spans, StringBuilder plain, int start, Closer closer)
      throws MarkupException {
    if (closer != Closer.LABEL
        && plain.length() > 0
        && Character.isWhitespace(plain.charAt(plain.length() - 1))) {
      throw new MarkupException(
          "\""
              + closer.marker
              + "\" "
              + at(pos)
              + " follows a space: write it right after the"
              + " last word, e.g. "
              + example(closer));
    }
    flush(plain, spans);
    if (spans.isEmpty()) {
      throw new MarkupException(
          "\""
              + closer.marker
              + "\" "
              + at(start)
              + " encloses nothing: write text between"
              + " the markers, e.g. "
              + example(closer));
    }
    pos += closer.marker.length();
    return spans;
  }

  private Span code() throws MarkupException {
    int open = pos;
    int close = source.indexOf('`', open + 1);
    if (close < 0) {
      throw new MarkupException(
          "\"`\" "
              + at(open)
              + " is never closed: close it, e.g. \"`code`\", or write \\\\` for a"
              + " literal backtick");
    }
    if (close == open + 1) {
      throw new MarkupException(
          "\"``\" "
              + at(open)
              + " is empty code: write code between the backticks, e.g."
              + " \"`code`\"");
    }
    pos = close + 1;
    return new Span.Code(source.substring(open + 1, close));
  }

  private Span link() throws MarkupException {
    int open = pos;
    pos++;
    List<Span> label = spansUntil(Closer.LABEL);
    if (pos >= source.length() || source.charAt(pos) != '(') {
      throw new MarkupException(
          "\"[\" "
              + at(open)
              + " starts a link without a URL: write \"[label](https://...)\","
              + " or write \\\\[ for a literal bracket");
    }
    int close = closingParenthesis(pos);
    if (close < 0) {
      throw new MarkupException(
          "the link " + at(open) + " has no \")\" after its URL: write \"[label](https://...)\"");
    }
    String address = source.substring(pos + 1, close);
    Checked<Url> url = Addresses.url("the link's URL", address);
    if (!url.isOk()) {
      // The URL's own message carries an id already; keep only its words.
      throw new MarkupException(url.problem().replaceFirst("^\\[[^]]*] ", "") + " " + at(open));
    }
    pos = close + 1;
    return new Span.Link(label, url.value());
  }

  private int closingParenthesis(int open) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private MarkupException unclosed(Closer closer, int open) {
    String opener = closer == Closer.LABEL ? "[" : closer.marker;
    return new MarkupException(
        "\""
            + opener
            + "\" "
            + at(open)
            + " is never closed: close it, e.g. "
            + example(closer)
            + ", or write "
            + literal(closer)
            + " for a literal "
            + (closer == Closer.LABEL ? "bracket" : "asterisk"));
  }

  private static String example(Closer closer) {
    return switch (closer) {
      case STRONG -> "\"**bold**\"";
      case EMPHASIS -> "\"*emphasis*\"";
      case LABEL, NONE -> "\"[label](https://...)\"";
    };
  }

  /** What the author types in Java source, in a string or a text block, for the character. */
  private static String literal(Closer closer) {
    return switch (closer) {
      case STRONG -> "\\\\*\\\\*";
      case EMPHASIS -> "\\\\*";
      case LABEL, NONE -> "\\\\[";
    };
  }

  /** Quotes the text from {@code index} on, so the author can find the spot. */
  private String at(int index) {
    quoted = index;
    String rest = source.substring(Math.max(0, index));
    String shown =
        rest.codePointCount(0, rest.length()) > CONTEXT
            ? rest.substring(0, rest.offsetByCodePoints(0, CONTEXT)) + "…"
            : rest;
    return "at \"" + shown + "\"";
  }

  private static void flush(StringBuilder plain, List<Span> spans) {
    if (plain.length() > 0) {
      spans.add(new Span.Plain(plain.toString()));
      plain.setLength(0);
    }
  }
}
