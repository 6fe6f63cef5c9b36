package io.github.cvdsl.render.view;

import io.github.cvdsl.render.template.Markup;
import java.util.List;

/**
 * A bullet as templates see it.
 *
 * @param text the bullet's markup
 * @param details the nested bullets' markup
 */
public record HighlightView(Markup text, List<Markup> details) {

  /** Whether the bullet has nested bullets: templates open a nested list only then. */
  public boolean hasDetails() {
    return !details.isEmpty();
  }
}
