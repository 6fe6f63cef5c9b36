package io.github.cvdsl.model;

import java.util.List;

/**
 * An entry of a section. Each of JSON Resume's kinds has its record; {@link Item} fits anything
 * else.
 */
public sealed interface Entry
    permits Job,
        Volunteer,
        Education,
        Award,
        Certificate,
        Publication,
        Skill,
        Language,
        Interest,
        Reference,
        Project,
        Item {

  /** The entry's bullets, in groups, in the author's order. */
  List<HighlightGroup> highlights();
}
