package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A titled part of a CV.
 *
 * @param title the heading, e.g. {@code "Experience"}
 * @param summary paragraphs shown under the heading
 * @param highlights bullets that belong to the section itself, such as a list of interests
 * @param entries the entries, in the author's order
 */
public record Section(
    String title, List<Text> summary, List<HighlightGroup> highlights, List<Entry> entries) {

  public Section {
    requireNonNull(title, "title");
    summary = List.copyOf(summary);
    highlights = List.copyOf(highlights);
    entries = List.copyOf(entries);
  }
}
