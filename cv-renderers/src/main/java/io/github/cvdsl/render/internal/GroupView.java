package io.github.cvdsl.render.internal;

import java.util.List;

/**
 * A group of bullets as templates see it.
 *
 * @param title the title's markup, or {@code null}
 * @param highlights the bullets
 */
public record GroupView(String title, List<HighlightView> highlights) {

  /** Whether the group has bullets: templates wrap them in a list only then. */
  public boolean hasHighlights() {
    return !highlights.isEmpty();
  }
}
