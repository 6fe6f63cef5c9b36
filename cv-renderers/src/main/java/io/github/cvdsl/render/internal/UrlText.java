package io.github.cvdsl.render.internal;

import io.github.cvdsl.model.Url;
import java.nio.charset.StandardCharsets;

/** A URL as every format writes it: with the characters URLs may not hold percent-encoded. */
public final class UrlText {

  private static final String NOT_IN_URLS = "\"<>\\^`{|}";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Printable ASCII that a URL may hold as it is; every link runs through here. */
  private static final boolean[] KEPT = new boolean[0x80];

  static {
    for (char c = '!'; c < 0x7F; c++) {
      KEPT[c] = NOT_IN_URLS.indexOf(c) < 0;
    }
  }

  private UrlText() {}

  /**
   * {@code url} with spaces, control characters and {@code " < > \ ^ ` { | }} percent-encoded, so
   * that it is a valid URL and cannot end the markup around it. Anything else stays as written.
   *
   * @param url a URL from the model
   * @return the URL to write
   */
  public static String of(Url url) {
    String value = url.value();
    int length = value.length();
    int i = 0;
    while (i < length) {
      char c = value.charAt(i);
      if (c < 0x80) {
        if (!KEPT[c]) {
          return encodeFrom(value, i);
        }
        i++;
      } else {
        int codePoint = value.codePointAt(i);
        if (mustEncode(codePoint)) {
          return encodeFrom(value, i);
        }
        i += Character.charCount(codePoint);
      }
    }
    return value;
  }

  private static String encodeFrom(String value, int start) {
    StringBuilder out = new StringBuilder(value.length() + 16).append(value, 0, start);
    for (int i = start; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (mustEncode(codePoint)) {
        for (byte b : value.substring(i, next).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
      } else {
        out.appendCodePoint(codePoint);
      }
      i = next;
    }
    return out.toString();
  }

  private static boolean mustEncode(int codePoint) {
    if (codePoint < 0x80) {
      return !KEPT[codePoint];
    }
    return codePoint <= 0x9F
        || Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF;
  }
}
