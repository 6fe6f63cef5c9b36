package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * An absolute URL whose syntax and scheme (http, https or mailto) the processor checked at compile
 * time.
 *
 * @param value the URL as the author wrote it
 */
public record Url(String value) {

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
