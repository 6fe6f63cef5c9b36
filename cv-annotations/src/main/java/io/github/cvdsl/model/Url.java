package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * An absolute URL that the processor checked at compile time. This is the one rule for every URL of
 * a CV, in an annotation element or in a {@code [label](url)} link: its scheme is one of {@link
 * #SCHEMES}; an {@code http} or {@code https} URL has a host, e.g. {@code
 * "https://example.org/page"}; a {@code mailto} URL an e-mail address, e.g. {@code
 * "mailto:kura@example.org"}; a {@code tel} URL a phone number of digits, with an optional leading
 * {@code +} and the separators {@code - . ( )}, e.g. {@code "tel:+44-20-7946-0000"}. Renderers link
 * exactly these.
 *
 * @param value the URL as the author wrote it
 */
public record Url(String value) {

  /** The schemes a URL may have, in lower case; the case of the author's URL does not matter. */
  public static final List<String> SCHEMES = List.of("http", "https", "mailto", "tel");

  public Url {
    requireNonNull(value, "value");
  }

  /** The scheme in lower case, e.g. {@code "https"}. */
  public String scheme() {
    int colon = value.indexOf(':');
    return colon < 0 ? "" : value.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
