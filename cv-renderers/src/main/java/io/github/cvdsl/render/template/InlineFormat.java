package io.github.cvdsl.render.template;

import io.github.cvdsl.model.Text;

/**
 * Turns a paragraph's spans ({@link io.github.cvdsl.model.Span}: plain text, strong, emphasis,
 * code, links) into one format's inline markup, escaping plain text with the format's {@link
 * Escaper}.
 */
@FunctionalInterface
public interface InlineFormat {

  /**
   * Appends the markup of {@code text} to {@code out}. The caller strips leading and trailing
   * whitespace from the result.
   *
   * @param text a paragraph
   * @param out an empty builder, reused from paragraph to paragraph
   */
  void format(Text text, StringBuilder out);
}
