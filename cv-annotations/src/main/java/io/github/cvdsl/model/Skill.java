package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A skill, as prose, as keywords or both: JSON Resume's {@code skills}.
 *
 * @param name the skill, e.g. {@code "Linux"}
 * @param level how well, e.g. {@code "Master"}
 * @param keywords its parts, e.g. {@code "Debian/Ubuntu"}
 * @param summary paragraphs about it
 * @param highlights bullets, in groups, in the author's order
 */
public record Skill(
    String name,
    Optional<String> level,
    List<String> keywords,
    List<Text> summary,
    List<HighlightGroup> highlights)
    implements Entry {

  public Skill {
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    keywords = List.copyOf(keywords);
    summary = List.copyOf(summary);
    highlights = List.copyOf(highlights);
  }
}
