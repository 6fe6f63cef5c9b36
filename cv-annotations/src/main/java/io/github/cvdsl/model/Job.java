package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A job: JSON Resume's {@code work}.
 *
 * @param organisation the employer, e.g. {@code "BBC"}
 * @param position the role, e.g. {@code "Engineer"}
 * @param dates when
 * @param location where the job was
 * @param url the employer's site
 * @param description what the employer does
 * @param summary paragraphs about the job
 * @param highlights bullets, in groups, in the author's order
 */
public record Job(
    String organisation,
    String position,
    Dates dates,
    Optional<String> location,
    Optional<Url> url,
    Optional<String> description,
    List<Text> summary,
    List<HighlightGroup> highlights)
    implements Entry {

  public Job {
    requireNonNull(organisation, "organisation");
    requireNonNull(position, "position");
    requireNonNull(dates, "dates");
    requireNonNull(location, "location");
    requireNonNull(url, "url");
    requireNonNull(description, "description");
    summary = List.copyOf(summary);
    highlights = List.copyOf(highlights);
  }
}
