package io.github.cvdsl.render.markdown;

import com.google.auto.service.AutoService;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Theme;
import io.github.cvdsl.render.template.TemplateRenderer;

/**
 * Renders a CV as CommonMark: {@code # Name}, a line of contacts and profiles, {@code ## Section},
 * {@code ### Entry}, a line such as {@code Engineer • Aug. '19 –}, paragraphs and bullets; skills,
 * languages and interests as one bullet each. Every character the author wrote reaches a CommonMark
 * reader literally.
 */
@AutoService(Renderer.class)
public final class MarkdownRenderer extends TemplateRenderer {
  // One for every renderer: the format's compiled templates are shared by escaper.
  private static final MarkdownEscaper ESCAPER = new MarkdownEscaper();


  /** The id of this renderer. */
  public static final String ID = "markdown";

  /** With default options; how {@link java.util.ServiceLoader} makes it. */
  public MarkdownRenderer() {
    this(RenderOptions.defaults());
  }

  /**
   * With {@code options}.
   *
   * @param options the options
   * @throws io.github.cvdsl.render.RenderException if the theme has a missing or broken template
   */
  public MarkdownRenderer(RenderOptions options) {
    this(options, ESCAPER);
  }

  private MarkdownRenderer(RenderOptions options, MarkdownEscaper escaper) {
    super(ID, "md", options, escaper, new MarkdownInline(escaper), Theme.builtIn());
  }

  @Override
  public MarkdownRenderer withOptions(RenderOptions options) {
    return new MarkdownRenderer(options);
  }
}
