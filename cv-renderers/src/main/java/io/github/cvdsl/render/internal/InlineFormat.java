package io.github.cvdsl.render.internal;

import io.github.cvdsl.model.Text;

/** Turns a paragraph's spans into one format's inline markup, escaping with its {@link Escaper}. */
public interface InlineFormat {

  /**
   * The markup of {@code text}, ready to be written as it is (templates use {@code {{{...}}}}).
   *
   * @param text a paragraph
   * @return its markup, without leading or trailing whitespace
   */
  String format(Text text);
}
