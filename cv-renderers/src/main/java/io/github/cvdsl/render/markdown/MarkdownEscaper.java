package io.github.cvdsl.render.markdown;

import io.github.cvdsl.render.internal.CodePoints;
import io.github.cvdsl.render.template.Escaper;

/**
 * Escapes text so that a CommonMark reader shows it literally. Characters that mean something
 * anywhere in a line ({@code \ ` * _ [ ] < > | ~ { }}) are always escaped, so no emphasis, link,
 * code, table or raw HTML can start. Characters that mean something only where a line starts
 * ({@code # + - =}, and the {@code .} or {@code )} of {@code 1.}) are escaped when they begin a
 * piece of text, which is the only place a line can begin. A {@code #} after a space is escaped
 * because it could close a heading; {@code &} before a name or {@code #} because it could start an
 * entity; {@code !} at the end because a link may follow.
 */
public final class MarkdownEscaper implements Escaper {

  private static final String ALWAYS = "\\`*_[]<>|~{}";
  private static final String AT_LINE_START = "#+-=";
  private static final int MAX_LIST_NUMBER_DIGITS = 9;

  /** ASCII characters that may need escaping or cleaning in the middle of a line. */
  private static final boolean[] ATTENTION = new boolean[0x80];

  static {
    for (char c : (ALWAYS + "#&!").toCharArray()) {
      ATTENTION[c] = true;
    }
    for (char c = 0; c < ' '; c++) {
      ATTENTION[c] = true;
    }
    ATTENTION[0x7F] = true;
  }

  /**
   * Escapes {@code text} as if it began a line, which is safe wherever it goes. Leading whitespace
   * is dropped: a reader would not show it, and four spaces would start a code block.
   */
  @Override
  public void escape(String text, StringBuilder out) {
    int start = 0;
    while (start < text.length() && CodePoints.clean(text.charAt(start)) == ' ') {
      start++;
    }
    escape(text.substring(start), out, true);
  }

  /**
   * Escapes {@code text}, knowing whether it may begin a line.
   *
   * @param text an author's text
   * @param out where the escaped text goes
   * @param mayStartLine false only where something visible surely precedes {@code text} on its line
   */
  void escape(String text, StringBuilder out, boolean mayStartLine) {
    int length = text.length();
    boolean lineStart = mayStartLine;
    int digits = 0;
    // Text is copied in runs; only a character that changes breaks a run.
    int run = 0;
    int i = 0;
    while (i < length) {
      if (!lineStart) {
        i = skipQuiet(text, i, length);
        if (i == length) {
          break;
        }
      }
      int raw = text.codePointAt(i);
      int next = i + Character.charCount(raw);
      int codePoint = CodePoints.clean(raw);
      boolean escape = needsEscape(codePoint, lineStart, digits, text, i, next);
      if (escape || codePoint != raw) {
        out.append(text, run, i);
        if (escape) {
          out.append('\\');
        }
        out.appendCodePoint(codePoint);
        run = next;
      }
      if (lineStart && codePoint >= '0' && codePoint <= '9') {
        digits++;
      } else if (!Character.isWhitespace(codePoint) || digits > 0) {
        // Any whitespace, not just the space: a paragraph's leading whitespace is stripped after
        // escaping (an em space too), and then what follows it begins the line.
        lineStart = false;
      }
      i = next;
    }
    if (run == 0) {
      out.append(text);
    } else {
      out.append(text, run, length);
    }
  }

  /**
   * The index of the first character from {@code start} that might need escaping or cleaning away
   * from a line's start, or {@code length}. Most text has none, so this loop is kept tight.
   */
  private static int skipQuiet(String text, int start, int length) {
    int i = start;
    while (i < length) {
      char c = text.charAt(i);
      if (c < 0x80 ? ATTENTION[c] : !CodePoints.isClean(c)) {
        return i;
      }
      i++;
    }
    return length;
  }

  private static boolean needsEscape(
      int codePoint, boolean lineStart, int digits, String text, int index, int next) {
    if (codePoint < 0x80 && ALWAYS.indexOf(codePoint) >= 0) {
      return true;
    }
    if (lineStart && digits == 0 && AT_LINE_START.indexOf(codePoint) >= 0) {
      return true;
    }
    if (lineStart && digits > 0 && digits <= MAX_LIST_NUMBER_DIGITS) {
      if (codePoint == '.' || codePoint == ')') {
        return true;
      }
    }
    switch (codePoint) {
      case '#':
        return previous(text, index) == ' ';
      case '&':
        return next < text.length() && startsEntity(text.charAt(next));
      case '!':
        return next >= text.length();
      default:
        return false;
    }
  }

  /** The code point before {@code index} as written out, or a space at the start. */
  private static int previous(String text, int index) {
    return index == 0 ? ' ' : CodePoints.clean(text.codePointBefore(index));
  }

  private static boolean startsEntity(char c) {
    return c == '#' || (c < 0x80 && Character.isLetterOrDigit(c));
  }
}
