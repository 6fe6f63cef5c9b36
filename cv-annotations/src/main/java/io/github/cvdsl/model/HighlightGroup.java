package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Bullets under an optional title, e.g. "Some features I designed and/or implemented include".
 *
 * @param title the group's title, absent for a plain list of bullets
 * @param highlights the bullets, in the author's order
 */
public record HighlightGroup(Optional<Text> title, List<Highlight> highlights) {

  public HighlightGroup {
    requireNonNull(title, "title");
    highlights = List.copyOf(highlights);
  }
}
