package io.github.cvdsl.render.text;

import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.render.template.Escaper;
import io.github.cvdsl.render.template.InlineFormat;
import io.github.cvdsl.render.internal.LinkPolicy;
import io.github.cvdsl.render.internal.UrlText;
import java.util.List;

/**
 * Writes spans as plain words: emphasis and code as their text, a link as {@code label <url>}, or
 * just the label when it already says the address.
 */
final class TextInline implements InlineFormat {

  private static final String MAILTO = "mailto:";
  private static final String TEL = "tel:";

  private final Escaper escaper;

  TextInline(Escaper escaper) {
    this.escaper = escaper;
  }

  @Override
  public void format(Text text, StringBuilder out) {
    appendAll(text.spans(), out);
  }

  private void appendAll(List<Span> spans, StringBuilder out) {
    // By index: the model's lists are random access, and an iterator per span list is garbage.
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
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
    int start = labelStart;
    while (start < out.length() && Character.isWhitespace(out.charAt(start))) {
      start++;
    }
    int end = out.length();
    while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    Url url = link.url();
    if (!LinkPolicy.allows(url) || saysTheAddress(out, start, end, url)) {
      return;
    }
    if (end > start) {
      out.append(' ');
    }
    out.append('<');
    escaper.escape(UrlText.of(url), out);
    out.append('>');
  }

  /** Whether the label, {@code out} from {@code start} to {@code end}, already says the URL. */
  private static boolean saysTheAddress(StringBuilder out, int start, int end, Url url) {
    String value = url.value();
    int length = end - start;
    if (value.length() == length && regionEquals(out, start, value, 0, length)) {
      return true;
    }
    if (value.length() == MAILTO.length() + length
        && value.startsWith(MAILTO)
        && regionEquals(out, start, value, MAILTO.length(), length)) {
      return true;
    }
    return value.regionMatches(true, 0, TEL, 0, TEL.length())
        && digits(out.substring(start, end)).equals(digits(value));
  }

  private static boolean regionEquals(
      StringBuilder out, int start, String value, int valueStart, int length) {
    for (int i = 0; i < length; i++) {
      if (out.charAt(start + i) != value.charAt(valueStart + i)) {
        return false;
      }
    }
    return true;
  }

  /** The digits and plus signs of a phone number, which is all a {@code tel:} URL keeps. */
  private static String digits(String text) {
    StringBuilder digits = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+' || (c >= '0' && c <= '9')) {
        digits.append(c);
      }
    }
    return digits.toString();
  }
}
