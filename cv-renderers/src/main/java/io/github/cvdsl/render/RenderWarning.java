package io.github.cvdsl.render;

import static java.util.Objects.requireNonNull;

/**
 * Something of a CV that a renderer can write, but not as the author wrote it: for instance
 * characters that no font of the PDF has, which would print as empty boxes. {@link
 * Renderer#check(io.github.cvdsl.model.Cv)} lists them; the annotation processor shows each as a
 * warning on the annotation value that holds {@link #characters()}.
 *
 * @param path where the value is in the model, as record components and list indexes from the
 *     {@code Cv}, e.g. {@code "sections[1].entries[0].position"}; empty for text that the theme or
 *     the options add (a section title override, a fixed word)
 * @param characters the characters at fault, each once, in the order they first appear in the
 *     value, e.g. {@code "𝔘"}
 * @param message what is wrong and what to do, for the CV's author, e.g. {@code "no font of the
 *     PDF has the characters ..."}
 */
public record RenderWarning(String path, String characters, String message) {

  /** Checks that no part is {@code null}. */
  public RenderWarning {
    requireNonNull(path, "path");
    requireNonNull(characters, "characters");
    requireNonNull(message, "message");
  }

  /** The path and the message, as a person reads it in a log. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "the theme's or the options' text" : path) + ": " + message;
  }
}
