package io.github.cvdsl.render.internal;

import io.github.cvdsl.model.Url;
import java.util.List;

/** Which URLs become links. Others are shown as their label only, so no format emits a script. */
public final class LinkPolicy {

  private static final List<String> SCHEMES = List.of("http:", "https:", "mailto:", "tel:");

  private LinkPolicy() {}

  /**
   * Whether {@code url} may become a link: its scheme is http, https, mailto or tel.
   *
   * @param url a URL from the model
   * @return whether to link it
   */
  public static boolean allows(Url url) {
    String value = url.value();
    for (String scheme : SCHEMES) {
      if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return true;
      }
    }
    return false;
  }
}
