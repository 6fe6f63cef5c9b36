package io.github.cvdsl.render;

import io.github.cvdsl.model.Cv;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Turns a {@link Cv} into one document format, written as bytes: a PDF, an archive, or text in
 * UTF-8. A format that writes characters implements {@link CharacterRenderer}, which adds {@code
 * render(Cv, Writer)} and {@code render(Cv)} to a string.
 *
 * <p>This is a service provider interface: a jar adds a format by implementing it in a public class
 * with a public no-argument constructor and listing that class in {@code
 * META-INF/services/io.github.cvdsl.render.Renderer}. {@link Renderers} finds it with no code
 * change, at run time and, on the processor path, at compile time ({@code -Acvdsl.render=<id>}
 * writes {@code cv/<Type>.<extension>}).
 *
 * <p>Implementations are immutable and safe to use from several threads; rendering the same CV
 * twice writes the same bytes.
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
   * The keys of the {@linkplain RenderOptions#formatOption(String) format options} this renderer
   * reads, each {@code <id>.<name>}, e.g. {@code "pdf.page"}. At compile time the processor accepts
   * each as {@code -Acvdsl.<key>}. The default is none.
   */
  default Set<String> formatOptionKeys() {
    return Set.of();
  }

  /**
   * Writes {@code cv} to {@code out}. Does not close {@code out}.
   *
   * @param cv the CV
   * @param out where the document goes
   * @throws IOException if {@code out} fails
   * @throws RenderException if the CV cannot be rendered, e.g. a template fails
   */
  void render(Cv cv, OutputStream out) throws IOException;

  /**
   * Writes {@code cv} to the file {@code file}, replacing it if it exists.
   *
   * @param cv the CV
   * @param file where the document goes, e.g. {@code Path.of("cv.html")}
   * @throws IOException if the file cannot be written
   * @throws RenderException if the CV cannot be rendered
   */
  default void render(Cv cv, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      render(cv, out);
    }
  }

  /**
   * A renderer like this one that honours {@code options}. This one is left unchanged.
   *
   * <p>The default returns {@code this}: a renderer that has nothing to configure ignores options.
   *
   * @param options width, date style, section titles, words and theme
   * @return a renderer using {@code options}
   * @throws RenderException if the options' theme has a missing or broken template
   */
  default Renderer withOptions(RenderOptions options) {
    return this;
  }
}
