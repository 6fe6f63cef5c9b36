package io.github.cvdsl.render.text;

import io.github.cvdsl.render.internal.CodePoints;
import io.github.cvdsl.render.template.Escaper;

/**
 * Plain text has no syntax to escape: tabs and line breaks become spaces (a text is one paragraph,
 * and the wrapper decides where lines break) and unprintable control characters become U+FFFD.
 */
public final class TextEscaper implements Escaper {

  @Override
  public void escape(String text, StringBuilder out) {
    out.append(CodePoints.clean(text));
  }
}
