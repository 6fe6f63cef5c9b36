package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A reference: JSON Resume's {@code references}.
 *
 * @param name who gives it
 * @param reference what they say
 * @param highlights bullets, in groups, in the author's order
 */
public record Reference(String name, List<Text> reference, List<HighlightGroup> highlights)
    implements Entry {

  public Reference {
    requireNonNull(name, "name");
    reference = List.copyOf(reference);
    highlights = List.copyOf(highlights);
  }
}
