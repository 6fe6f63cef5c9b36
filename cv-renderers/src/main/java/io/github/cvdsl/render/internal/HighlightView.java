package io.github.cvdsl.render.internal;

import java.util.List;

/**
 * A bullet as templates see it.
 *
 * @param text the bullet's markup
 * @param details the nested bullets' markup
 */
public record HighlightView(String text, List<String> details) {

  /** Whether the bullet has nested bullets: templates open a nested list only then. */
  public boolean hasDetails() {
    return !details.isEmpty();
  }
}
