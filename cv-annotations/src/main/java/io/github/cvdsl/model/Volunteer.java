package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Volunteering: JSON Resume's {@code volunteer}.
 *
 * @param organisation the organisation
 * @param position the role
 * @param dates when
 * @param url the organisation's site
 * @param summary paragraphs about the work
 * @param highlights bullets, in groups, in the author's order
 */
public record Volunteer(
    String organisation,
    String position,
    Dates dates,
    Optional<Url> url,
    List<Text> summary,
    List<HighlightGroup> highlights)
    implements Entry {

  public Volunteer {
    requireNonNull(organisation, "organisation");
    requireNonNull(position, "position");
    requireNonNull(dates, "dates");
    requireNonNull(url, "url");
    summary = List.copyOf(summary);
    highlights = List.copyOf(highlights);
  }
}
