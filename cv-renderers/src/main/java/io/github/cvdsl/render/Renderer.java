package io.github.cvdsl.render;

import io.github.cvdsl.model.Cv;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
   * @throws RenderException if the CV cannot be rendered, e.g. a template fails, or this renderer
   *     refuses what {@link #check(Cv)} warns about
   */
  void render(Cv cv, OutputStream out) throws IOException;

  /**
   * What of {@code cv} this renderer cannot write as the author wrote it, such as characters that
   * no font of the PDF has; each with the path of its value in the model. The default is nothing.
   *
   * <p>A renderer that has something to report here may refuse to {@linkplain #render(Cv,
   * OutputStream) render} the CV, with a {@link RenderException} that lists the warnings, rather
   * than silently lose what the author wrote (the PDF renderer does); {@link #render(Cv,
   * OutputStream, Consumer)} writes the document all the same.
   *
   * @param cv the CV
   * @return the warnings, in the order of the model; empty if the CV renders as written
   */
  default List<RenderWarning> check(Cv cv) {
    return List.of();
  }

  /**
   * Writes {@code cv} to {@code out} as well as the format can, after handing each warning of
   * {@link #check(Cv)} to {@code warnings}: what an annotation processor or a preview calls to
   * show the author the warnings beside the document. The default calls {@code check} and then
   * {@link #render(Cv, OutputStream)}; a renderer that refuses to render a CV with warnings
   * overrides it.
   *
   * @param cv the CV
   * @param out where the document goes; not closed
   * @param warnings receives each warning before the document is written
   * @throws IOException if {@code out} fails
   * @throws RenderException if the CV cannot be rendered, e.g. a template fails
   */
  default void render(Cv cv, OutputStream out, Consumer<? super RenderWarning> warnings)
      throws IOException {
    check(cv).forEach(warnings);
    render(cv, out);
  }

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
