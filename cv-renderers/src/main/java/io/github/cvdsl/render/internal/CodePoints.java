package io.github.cvdsl.render.internal;

/**
 * Code point rules that every format shares: what an author's character becomes before a format
 * escapes it, and how wide a string is.
 */
public final class CodePoints {

  /** What an unusable character becomes: U+FFFD REPLACEMENT CHARACTER. */
  public static final int REPLACEMENT = 0xFFFD;

  private CodePoints() {}

  /**
   * The code point to write for {@code codePoint} of an author's text. A text is one paragraph, so
   * tabs, line breaks and other whitespace controls become a space; other control characters,
   * unpaired surrogates and non-characters, which no format can carry, become {@link
   * #REPLACEMENT}.
   *
   * @param codePoint a code point of the author's text
   * @return the code point to write
   */
  public static int clean(int codePoint) {
    if (codePoint >= ' ' && codePoint < 0x7F) {
      return codePoint;
    }
    if (codePoint == '\t'
        || codePoint == '\n'
        || codePoint == '\r'
        || codePoint == '\f'
        || codePoint == 0x0B
        || codePoint == 0x85
        || codePoint == 0x2028
        || codePoint == 0x2029) {
      return ' ';
    }
    if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
      return REPLACEMENT;
    }
    if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
      return REPLACEMENT;
    }
    if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
      return REPLACEMENT;
    }
    return codePoint;
  }

  /**
   * {@code text} with every code point {@linkplain #clean(int) cleaned}.
   *
   * @param text an author's text
   * @return the cleaned text; {@code text} itself when nothing changes
   */
  public static String clean(String text) {
    int length = text.length();
    for (int i = 0; i < length; ) {
      char c = text.charAt(i);
      if (isClean(c)) {
        i++;
        continue;
      }
      int codePoint = text.codePointAt(i);
      if (clean(codePoint) != codePoint) {
        return cleanFrom(text, i);
      }
      i += Character.charCount(codePoint);
    }
    return text;
  }

  /**
   * Whether {@code c} is a whole code point that {@link #clean(int)} keeps: a quick test that
   * answers yes for printable ASCII and most of the Basic Multilingual Plane, and no for anything
   * that needs the full rules (controls, surrogates, line separators, non-characters).
   *
   * @param c a character of an author's text
   * @return true only if {@code clean(c) == c}
   */
  public static boolean isClean(char c) {
    return (c >= ' ' && c < 0x7F) || (c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029);
  }

  private static String cleanFrom(String text, int start) {
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, start);
    for (int i = start; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      out.appendCodePoint(clean(codePoint));
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }

  /**
   * How many columns {@code text} takes: one per code point, so an emoji written as a surrogate
   * pair counts once.
   *
   * @param text a line
   * @return its width
   */
  public static int width(CharSequence text) {
    return Character.codePointCount(text, 0, text.length());
  }

  /**
   * A line of {@code mark} as wide as {@code text}, but no wider than {@code maxWidth}: the
   * underline of a heading.
   *
   * @param mark e.g. {@code '='}
   * @param text the heading
   * @param maxWidth the line width
   * @return the underline
   */
  public static String underline(char mark, String text, int maxWidth) {
    return String.valueOf(mark).repeat(Math.min(maxWidth, width(text.strip())));
  }
}
