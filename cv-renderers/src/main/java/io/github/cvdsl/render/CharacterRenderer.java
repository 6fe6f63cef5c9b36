package io.github.cvdsl.render;

import io.github.cvdsl.model.Cv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A {@link Renderer} whose format is text: Markdown, HTML, plain text, or any template format.
 * Written as bytes, the text is UTF-8.
 */
public interface CharacterRenderer extends Renderer {

  /**
   * Writes {@code cv} to {@code out}. Does not close {@code out}.
   *
   * @param cv the CV
   * @param out where the document goes
   * @throws IOException if {@code out} fails
   * @throws RenderException if a template fails while rendering
   */
  void render(Cv cv, Writer out) throws IOException;

  /**
   * Renders {@code cv} to a string.
   *
   * @param cv the CV
   * @return the whole document
   * @throws RenderException if a template fails while rendering
   */
  default String render(Cv cv) {
    StringWriter out = new StringWriter();
    try {
      render(cv, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /** Writes the text in UTF-8, whatever the platform's default charset. */
  @Override
  default void render(Cv cv, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    render(cv, writer);
    writer.flush();
  }

  @Override
  default CharacterRenderer withOptions(RenderOptions options) {
    return this;
  }
}
