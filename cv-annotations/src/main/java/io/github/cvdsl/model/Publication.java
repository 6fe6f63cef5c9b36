package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A publication: JSON Resume's {@code publications}.
 *
 * @param name the title
 * @param publisher the publisher
 * @param releaseDate when it was published
 * @param url where to read it
 * @param summary paragraphs about it
 * @param highlights bullets, in groups, in the author's order
 */
public record Publication(
    String name,
    Optional<String> publisher,
    Optional<CvDate> releaseDate,
    Optional<Url> url,
    List<Text> summary,
    List<HighlightGroup> highlights)
    implements Entry {

  public Publication {
    requireNonNull(name, "name");
    requireNonNull(publisher, "publisher");
    requireNonNull(releaseDate, "releaseDate");
    requireNonNull(url, "url");
    summary = List.copyOf(summary);
    highlights = List.copyOf(highlights);
  }
}
