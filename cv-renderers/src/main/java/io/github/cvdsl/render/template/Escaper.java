package io.github.cvdsl.render.template;

/**
 * The one place where a format turns an author's text into its own syntax, so that a reader of the
 * output sees the text literally. Every value a template writes that is not {@link Markup} goes
 * through it, and so does every piece of plain text the {@link InlineFormat} writes; nothing else
 * escapes.
 */
@FunctionalInterface
public interface Escaper {

  /**
   * Appends {@code text}, escaped, to {@code out}.
   *
   * @param text an author's text
   * @param out where the escaped text goes
   */
  void escape(String text, StringBuilder out);

  /**
   * {@code text}, escaped.
   *
   * @param text an author's text
   * @return the escaped text
   */
  default String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    escape(text, out);
    return out.toString();
  }
}
