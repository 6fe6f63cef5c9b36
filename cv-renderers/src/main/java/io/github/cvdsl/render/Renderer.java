package io.github.cvdsl.render;

import io.github.cvdsl.model.Cv;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Turns a {@link Cv} into one document format.
 *
 * <p>This is a service provider interface: a jar adds a format by implementing it in a public class
 * with a public no-argument constructor and listing that class in {@code
 * META-INF/services/io.github.cvdsl.render.Renderer}. {@link Renderers} finds it with no code
 * change.
 *
 * <p>Implementations are immutable and safe to use from several threads; rendering the same CV
 * twice writes the same characters.
 */
public interface Renderer {

  /**
   * The name callers pick this renderer by, in lower case, e.g. {@code "markdown"}, {@code "html"},
   * {@code "text"}.
   */
  String id();

  /** The file name extension of the output, without the dot, e.g. {@code "md"}. */
  String extension();

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

  /**
   * A renderer like this one that honours {@code options}. This one is left unchanged.
   *
   * <p>The default returns {@code this}: a renderer that has nothing to configure ignores options.
   *
   * @param options width, date style, section titles and theme
   * @return a renderer using {@code options}
   * @throws RenderException if the options' theme has a missing or broken template
   */
  default Renderer withOptions(RenderOptions options) {
    return this;
  }
}
