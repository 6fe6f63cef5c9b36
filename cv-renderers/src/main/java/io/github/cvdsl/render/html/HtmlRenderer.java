package io.github.cvdsl.render.html;

import com.google.auto.service.AutoService;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Theme;
import io.github.cvdsl.render.template.TemplateRenderer;

/**
 * Renders a CV as one self-contained HTML5 file: inline CSS, no script, nothing loaded from
 * elsewhere. It is semantic ({@code header}, {@code section}, {@code h1}–{@code h3}, {@code ul},
 * {@code time}), fits a phone's width, and prints on A4 or Letter without splitting an entry.
 */
@AutoService(Renderer.class)
public final class HtmlRenderer extends TemplateRenderer {
  // One for every renderer: the format's compiled templates are shared by escaper.
  private static final HtmlEscaper ESCAPER = new HtmlEscaper();


  /** The id of this renderer. */
  public static final String ID = "html";

  /** With default options; how {@link java.util.ServiceLoader} makes it. */
  public HtmlRenderer() {
    this(RenderOptions.defaults());
  }

  /**
   * With {@code options}.
   *
   * @param options the options
   * @throws io.github.cvdsl.render.RenderException if the theme has a missing or broken template
   */
  public HtmlRenderer(RenderOptions options) {
    this(options, ESCAPER);
  }

  private HtmlRenderer(RenderOptions options, HtmlEscaper escaper) {
    super(ID, "html", options, escaper, new HtmlInline(escaper), Theme.builtIn());
  }

  @Override
  public HtmlRenderer withOptions(RenderOptions options) {
    return new HtmlRenderer(options);
  }
}
