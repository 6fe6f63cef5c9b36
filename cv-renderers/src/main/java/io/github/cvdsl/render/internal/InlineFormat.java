package io.github.cvdsl.render.internal;

import io.github.cvdsl.model.Text;

/** Turns a paragraph's spans into one format's inline markup, escaping with its {@link Escaper}. */
public interface InlineFormat {

  /**
   * Appends the markup of {@code text}, ready to be written as it is (templates use {@code
   * {{{...}}}}), to {@code out}. The caller strips leading and trailing whitespace.
   *
   * @param text a paragraph
   * @param out an empty builder, reused from paragraph to paragraph so that formatting one does
   *     not allocate and grow a builder of its own
   */
  void format(Text text, StringBuilder out);
}
