package io.github.cvdsl.render.html;

import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.template.Escaper;
import io.github.cvdsl.render.template.InlineFormat;
import io.github.cvdsl.render.internal.LinkPolicy;
import io.github.cvdsl.render.internal.UrlText;
import java.util.List;

/**
 * Writes spans as HTML phrasing content: {@code strong}, {@code em}, {@code code} and {@code a}.
 * Only http, https, mailto and tel URLs become links; a link inside a link keeps just its label.
 */
final class HtmlInline implements InlineFormat {

  private final Escaper escaper;

  HtmlInline(Escaper escaper) {
    this.escaper = escaper;
  }

  @Override
  public void format(Text text, StringBuilder out) {
    appendAll(text.spans(), out, false);
  }

  private void appendAll(List<Span> spans, StringBuilder out, boolean inLink) {
    // By index: the model's lists are random access, and an iterator per span list is garbage.
    for (int i = 0; i < spans.size(); i++) {
      append(spans.get(i), out, inLink);
    }
  }

  private void append(Span span, StringBuilder out, boolean inLink) {
    if (span instanceof Span.Plain plain) {
      escaper.escape(plain.text(), out);
    } else if (span instanceof Span.Strong strong) {
      out.append("<strong>");
      appendAll(strong.children(), out, inLink);
      out.append("</strong>");
    } else if (span instanceof Span.Emphasis emphasis) {
      out.append("<em>");
      appendAll(emphasis.children(), out, inLink);
      out.append("</em>");
    } else if (span instanceof Span.Code code) {
      out.append("<code>");
      escaper.escape(code.code(), out);
      out.append("</code>");
    } else {
      Span.Link link = (Span.Link) span;
      if (inLink || !LinkPolicy.allows(link.url())) {
        appendAll(link.label(), out, inLink);
        return;
      }
      out.append("<a href=\"");
      escaper.escape(UrlText.of(link.url()), out);
      out.append("\">");
      int labelStart = out.length();
      appendAll(link.label(), out, true);
      if (out.length() == labelStart) {
        escaper.escape(UrlText.of(link.url()), out);
      }
      out.append("</a>");
    }
  }
}
