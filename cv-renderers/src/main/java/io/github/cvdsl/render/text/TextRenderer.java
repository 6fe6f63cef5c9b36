package io.github.cvdsl.render.text;

import com.google.auto.service.AutoService;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Theme;
import io.github.cvdsl.render.template.TemplateRenderer;
import java.io.Writer;

/**
 * Renders a CV as plain text wrapped at {@link RenderOptions#width()} columns (80 by default),
 * counted in code points: the name underlined with {@code =}, sections with {@code -}, bullets
 * with hanging indents, links as {@code label <url>}. No line has trailing spaces or tabs.
 */
@AutoService(Renderer.class)
public final class TextRenderer extends TemplateRenderer {
  // One for every renderer: the format's compiled templates are shared by escaper.
  private static final TextEscaper ESCAPER = new TextEscaper();


  /** The id of this renderer. */
  public static final String ID = "text";

  /** With default options; how {@link java.util.ServiceLoader} makes it. */
  public TextRenderer() {
    this(RenderOptions.defaults());
  }

  /**
   * With {@code options}.
   *
   * @param options the options
   * @throws io.github.cvdsl.render.RenderException if the theme has a missing or broken template
   */
  public TextRenderer(RenderOptions options) {
    this(options, ESCAPER);
  }

  private TextRenderer(RenderOptions options, TextEscaper escaper) {
    super(ID, "txt", options, escaper, new TextInline(escaper), Theme.builtIn());
  }

  @Override
  public TextRenderer withOptions(RenderOptions options) {
    return new TextRenderer(options);
  }

  @Override
  protected Writer lines(Writer out) {
    return new WrappingSink(out, options().width());
  }
}
