package io.github.cvdsl.render.internal;

import io.github.cvdsl.model.Url;
import java.nio.charset.StandardCharsets;

/** A URL as every format writes it: with the characters URLs may not hold percent-encoded. */
public final class UrlText {

  private static final String NOT_IN_URLS = "\"<>\\^`{|}";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
    StringBuilder out = null;
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (mustEncode(codePoint)) {
        if (out == null) {
          out = new StringBuilder(value.length() + 16).append(value, 0, i);
        }
        for (byte b : value.substring(i, next).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
      } else if (out != null) {
        out.appendCodePoint(codePoint);
      }
      i = next;
    }
    return out == null ? value : out.toString();
  }

  private static boolean mustEncode(int codePoint) {
    if (codePoint > ' ' && codePoint < 0x7F) {
      return NOT_IN_URLS.indexOf(codePoint) >= 0;
    }
    return codePoint <= ' '
        || (codePoint >= 0x7F && codePoint <= 0x9F)
        || (codePoint < 0x80 && NOT_IN_URLS.indexOf(codePoint) >= 0)
        || Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF;
  }
}
