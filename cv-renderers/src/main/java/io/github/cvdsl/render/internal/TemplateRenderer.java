package io.github.cvdsl.render.internal;

import static java.util.Objects.requireNonNull;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import java.io.IOException;
import java.io.Writer;

/**
 * A renderer that fills its format's Mustache templates with a {@link CvView}. Its templates are
 * compiled once, when it is made, and are shared by every render; it holds no other state.
 */
public abstract class TemplateRenderer implements Renderer {

  private final String id;
  private final String extension;
  private final RenderOptions options;
  private final InlineFormat inline;
  private final TemplateSet templates;

  /**
   * Compiles the format's templates.
   *
   * @param id the renderer's id and its templates' folder
   * @param extension the output's file name extension
   * @param options the options to render with
   * @param escaper the format's one escaper
   * @param inline the format's inline markup, which escapes with {@code escaper}
   * @throws io.github.cvdsl.render.RenderException if a template is missing or broken
   */
  protected TemplateRenderer(
      String id, String extension, RenderOptions options, Escaper escaper, InlineFormat inline) {
    this.id = requireNonNull(id, "id");
    this.extension = requireNonNull(extension, "extension");
    this.options = requireNonNull(options, "options");
    this.inline = requireNonNull(inline, "inline");
    this.templates = new TemplateSet(id, options.theme(), escaper);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String extension() {
    return extension;
  }

  /** The options this renderer renders with. */
  public final RenderOptions options() {
    return options;
  }

  @Override
  public final void render(Cv cv, Writer out) throws IOException {
    requireNonNull(cv, "cv");
    requireNonNull(out, "out");
    DatesFormatter dates = new DatesFormatter(options.dateStyle(), cv.locale());
    CvView view = new ViewBuilder(options, inline, dates).build(cv);
    // Sinks write a few characters at a time; the caller's writer may not buffer.
    OutputBuffer buffered = new OutputBuffer(out);
    TidyWriter tidy = new TidyWriter(lineSink(buffered));
    templates.execute(view, tidy);
    tidy.finish();
    buffered.flush();
  }

  /**
   * Where tidy lines go: straight to {@code out}, or through a wrapper for plain text.
   *
   * @param out the caller's writer
   * @return the sink
   */
  protected LineSink lineSink(Writer out) {
    return new PassThroughSink(out);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + ", " + options.theme() + "]";
  }

  /** Writes each line as it is. */
  private static final class PassThroughSink implements LineSink {
    private final Writer out;

    PassThroughSink(Writer out) {
      this.out = out;
    }

    @Override
    public void lines(char[] chars, int length) throws IOException {
      out.write(chars, 0, length);
    }
  }
}
