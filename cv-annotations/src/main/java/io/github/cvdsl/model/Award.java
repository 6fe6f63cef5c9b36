package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An award: JSON Resume's {@code awards}.
 *
 * @param title the award
 * @param date when it was given
 * @param awarder who gave it
 * @param summary paragraphs about it
 * @param highlights bullets, in groups, in the author's order
 */
public record Award(
    String title,
    Optional<CvDate> date,
    Optional<String> awarder,
    List<Text> summary,
    List<HighlightGroup> highlights)
    implements Entry {

  public Award {
    requireNonNull(title, "title");
    requireNonNull(date, "date");
    requireNonNull(awarder, "awarder");
    summary = List.copyOf(summary);
    highlights = List.copyOf(highlights);
  }
}
