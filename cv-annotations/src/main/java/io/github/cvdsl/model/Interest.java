package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An interest: JSON Resume's {@code interests}.
 *
 * @param name the interest
 * @param keywords its parts
 * @param highlights bullets, in groups, in the author's order
 */
public record Interest(String name, List<String> keywords, List<HighlightGroup> highlights)
    implements Entry {

  public Interest {
    requireNonNull(name, "name");
    keywords = List.copyOf(keywords);
    highlights = List.copyOf(highlights);
  }
}
