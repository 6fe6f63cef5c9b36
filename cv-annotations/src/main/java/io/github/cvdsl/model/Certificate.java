package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A certificate: JSON Resume's {@code certificates}.
 *
 * @param name the certificate
 * @param date when it was issued
 * @param issuer who issued it
 * @param url where it can be verified
 * @param highlights bullets, in groups, in the author's order
 */
public record Certificate(
    String name,
    Optional<CvDate> date,
    Optional<String> issuer,
    Optional<Url> url,
    List<HighlightGroup> highlights)
    implements Entry {

  public Certificate {
    requireNonNull(name, "name");
    requireNonNull(date, "date");
    requireNonNull(issuer, "issuer");
    requireNonNull(url, "url");
    highlights = List.copyOf(highlights);
  }
}
