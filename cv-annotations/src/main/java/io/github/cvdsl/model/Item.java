package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An entry of a custom section: a title with optional subtitle, dates, link and prose.
 *
 * @param title the title
 * @param subtitle a line under the title
 * @param dates when
 * @param url a link
 * @param summary paragraphs
 * @param highlights bullets, in groups, in the author's order
 */
public record Item(
    String title,
    Optional<String> subtitle,
    Dates dates,
    Optional<Url> url,
    List<Text> summary,
    List<HighlightGroup> highlights)
    implements Entry {

  public Item {
    requireNonNull(title, "title");
    requireNonNull(subtitle, "subtitle");
    requireNonNull(dates, "dates");
    requireNonNull(url, "url");
    summary = List.copyOf(summary);
    highlights = List.copyOf(highlights);
  }
}
