package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A bullet, with one level of nested bullets.
 *
 * @param text the bullet's text
 * @param details nested bullets, in the author's order
 */
public record Highlight(Text text, List<Text> details) {

  public Highlight {
    requireNonNull(text, "text");
    details = List.copyOf(details);
  }
}
