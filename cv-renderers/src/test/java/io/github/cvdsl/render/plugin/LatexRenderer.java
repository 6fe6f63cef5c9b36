package io.github.cvdsl.render.plugin;

import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Theme;
import io.github.cvdsl.render.template.Escaper;
import io.github.cvdsl.render.template.InlineFormat;
import io.github.cvdsl.render.template.TemplateRenderer;
import java.util.List;

/**
 * A text format that lives only in a test jar, as a third party's would, built on the public
 * template API alone: an escaper, an inline format and a folder of templates.
 */
public final class LatexRenderer extends TemplateRenderer {

  private static final Escaper ESCAPER =
      (text, out) -> {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          switch (c) {
            case '\\' -> out.append("\\textbackslash{}");
            case '~' -> out.append("\\textasciitilde{}");
            case '^' -> out.append("\\textasciicircum{}");
            case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
            default -> out.append(c);
          }
        }
      };

  /** With default options; how {@link java.util.ServiceLoader} makes it. */
  public LatexRenderer() {
    this(RenderOptions.defaults());
  }

  private LatexRenderer(RenderOptions options) {
    super(
        "latex",
        "tex",
        options,
        ESCAPER,
        LatexRenderer::inline,
        Theme.classPath("io/github/cvdsl/render/plugin", LatexRenderer.class.getClassLoader()));
  }

  @Override
  public LatexRenderer withOptions(RenderOptions options) {
    return new LatexRenderer(options);
  }

  private static void inline(Text text, StringBuilder out) {
    spans(text.spans(), out);
  }

  private static void spans(List<Span> spans, StringBuilder out) {
    for (Span span : spans) {
      if (span instanceof Span.Plain plain) {
        ESCAPER.escape(plain.text(), out);
      } else if (span instanceof Span.Strong strong) {
        out.append("\\textbf{");
        spans(strong.children(), out);
        out.append('}');
      } else if (span instanceof Span.Emphasis emphasis) {
        out.append("\\emph{");
        spans(emphasis.children(), out);
        out.append('}');
      } else if (span instanceof Span.Code code) {
        out.append("\\texttt{");
        ESCAPER.escape(code.code(), out);
        out.append('}');
      } else if (span instanceof Span.Link link) {
        out.append("\\href{");
        ESCAPER.escape(link.url().value(), out);
        out.append("}{");
        spans(link.label(), out);
        out.append('}');
      }
    }
  }
}
