package io.github.cvdsl.render.internal;

import io.github.cvdsl.model.Url;
import java.util.List;

/** Which URLs become links. Others are shown as their label only, so no format emits a script. */
public final class LinkPolicy {

  // The model's one rule, as prefixes; an array, not a list: every link asks, and iterating a
  // list makes an iterator each time.
  private static final String[] SCHEMES = prefixes(Url.SCHEMES);

  private LinkPolicy() {}

  /**
   * Whether {@code url} may become a link: its scheme is one of {@link Url#SCHEMES}.
   *
   * @param url a URL from the model
   * @return whether to link it
   */
  public static boolean allows(Url url) {
    String value = url.value();
    // Every link asks; comparing ASCII by hand is several times faster than regionMatches.
    for (String scheme : SCHEMES) {
      if (startsWithIgnoringAsciiCase(value, scheme)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code value} starts with {@code prefix}, a lower-case ASCII string, ignoring case as
   * {@link String#regionMatches(boolean, int, String, int, int)} does.
   */
  private static boolean startsWithIgnoringAsciiCase(String value, String prefix) {
    if (value.length() < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        // Unicode case rules match a few more letters, such as the dotless ı to i.
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String[] prefixes(List<String> schemes) {
    String[] prefixes = new String[schemes.size()];
    for (int i = 0; i < prefixes.length; i++) {
      prefixes[i] = schemes.get(i) + ":";
    }
    return prefixes;
  }
}
