package io.github.cvdsl.render.text;

import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.render.internal.Escaper;
import io.github.cvdsl.render.internal.InlineFormat;
import io.github.cvdsl.render.internal.LinkPolicy;
import io.github.cvdsl.render.internal.UrlText;
import java.util.List;

/**
 * Writes spans as plain words: emphasis and code as their text, a link as {@code label <url>}, or
 * just the label when it already says the address.
 */
final class TextInline implements InlineFormat {

  private final Escaper escaper;

  TextInline(Escaper escaper) {
    this.escaper = escaper;
  }

  @Override
  public String format(Text text) {
    StringBuilder out = new StringBuilder();
    appendAll(text.spans(), out);
    return out.toString().strip();
  }

  private void appendAll(List<Span> spans, StringBuilder out) {
    for (Span span : spans) {
      if (span instanceof Span.Plain plain) {
        escaper.escape(plain.text(), out);
      } else if (span instanceof Span.Strong strong) {
        appendAll(strong.children(), out);
      } else if (span instanceof Span.Emphasis emphasis) {
        appendAll(emphasis.children(), out);
      } else if (span instanceof Span.Code code) {
        escaper.escape(code.code(), out);
      } else {
        link((Span.Link) span, out);
      }
    }
  }

  private void link(Span.Link link, StringBuilder out) {
    int labelStart = out.length();
    appendAll(link.label(), out);
    String label = out.substring(labelStart).strip();
    Url url = link.url();
    if (!LinkPolicy.allows(url) || saysTheAddress(label, url)) {
      return;
    }
    if (!label.isEmpty()) {
      out.append(' ');
    }
    out.append('<');
    escaper.escape(UrlText.of(url), out);
    out.append('>');
  }

  private static boolean saysTheAddress(String label, Url url) {
    String value = url.value();
    if (label.equals(value) || value.equals("mailto:" + label)) {
      return true;
    }
    return url.scheme().equals("tel") && digits(label).equals(digits(value));
  }

  private static String digits(String text) {
    return text.replaceAll("[^+0-9]", "");
  }
}
