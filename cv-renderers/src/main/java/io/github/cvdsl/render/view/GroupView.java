package io.github.cvdsl.render.view;

import io.github.cvdsl.render.template.Markup;
import java.util.List;

/**
 * A group of bullets as templates see it.
 *
 * @param title the title's markup, or {@code null}
 * @param highlights the bullets
 */
public record GroupView(Markup title, List<HighlightView> highlights) {

  /** Whether the group has bullets: templates wrap them in a list only then. */
  public boolean hasHighlights() {
    return !highlights.isEmpty();
  }
}
