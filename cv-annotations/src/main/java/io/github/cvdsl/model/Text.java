package io.github.cvdsl.model;

import java.util.List;

/**
 * One paragraph of inline text: plain runs, strong and emphasised runs, code and links.
 *
 * @param spans the runs, in order
 */
public record Text(List<Span> spans) {

  public Text {
    spans = List.copyOf(spans);
  }

  /** A paragraph of one plain run. */
  public static Text plain(String text) {
    return new Text(List.of(new Span.Plain(text)));
  }

  /** The words of this paragraph without markup: link labels are kept, their URLs are not. */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    spans.forEach(span -> span.appendPlainText(out));
    return out.toString();
  }
}
