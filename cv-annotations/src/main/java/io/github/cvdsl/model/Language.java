package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A spoken language: JSON Resume's {@code languages}.
 *
 * @param language the language, e.g. {@code "English"}
 * @param fluency how well, e.g. {@code "Native speaker"}
 * @param highlights bullets, in groups, in the author's order
 */
public record Language(String language, Optional<String> fluency, List<HighlightGroup> highlights)
    implements Entry {

  public Language {
    requireNonNull(language, "language");
    requireNonNull(fluency, "fluency");
    highlights = List.copyOf(highlights);
  }
}
