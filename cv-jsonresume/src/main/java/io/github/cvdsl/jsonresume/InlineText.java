package io.github.cvdsl.jsonresume;

import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text with inline markup, two ways: as the DSL writes it, which is also Markdown that themes
 * render, and as spans, which say exactly what the model holds.
 */
final class InlineText {
  /** The characters the DSL's markup reads a backslash before as themselves. */
  private static final String ESCAPABLE = "\\*`[]";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private InlineText() {}

  /** Paragraphs as Markdown, separated by a blank line. */
  static String markdown(List<Text> paragraphs) {
    StringBuilder out = new StringBuilder();
    for (Text paragraph : paragraphs) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      appendSpans(paragraph.spans(), out);
    }
    return out.toString();
  }

  /** One paragraph as Markdown. */
  static String markdown(Text paragraph) {
    StringBuilder out = new StringBuilder();
    appendSpans(paragraph.spans(), out);
    return out.toString();
  }

  /** Whether the text is one paragraph of plain words, so that a plain string says it all. */
  static boolean isOnePlainParagraph(List<Text> paragraphs) {
    return paragraphs.size() == 1 && isPlain(paragraphs.get(0));
  }

  /** Whether the paragraph is plain words only. */
  static boolean isPlain(Text paragraph) {
    return paragraph.spans().stream().allMatch(Span.Plain.class::isInstance);
  }

  /** Paragraphs as an array of {@link #paragraph(Text)}. */
  static ArrayNode paragraphs(List<Text> paragraphs) {
    ArrayNode out = NODES.arrayNode();
    paragraphs.forEach(paragraph -> out.add(paragraph(paragraph)));
    return out;
  }

  /**
   * A paragraph: a string when it is plain words, else an array of spans, in which a plain run is a
   * string and {@code {"strong": [...]}}, {@code {"emphasis": [...]}}, {@code {"code": "..."}} and
   * {@code {"link": [...], "url": "..."}} are the others.
   */
  static JsonNode paragraph(Text paragraph) {
    if (!paragraph.spans().isEmpty() && isPlain(paragraph)) {
      return NODES.stringNode(paragraph.plainText());
    }
    return spans(paragraph.spans());
  }

  private static ArrayNode spans(List<Span> spans) {
    ArrayNode out = NODES.arrayNode();
    for (Span span : spans) {
      if (span instanceof Span.Plain plain) {
        out.add(plain.text());
      } else if (span instanceof Span.Strong strong) {
        out.add(NODES.objectNode().set("strong", spans(strong.children())));
      } else if (span instanceof Span.Emphasis emphasis) {
        out.add(NODES.objectNode().set("emphasis", spans(emphasis.children())));
      } else if (span instanceof Span.Code code) {
        out.add(NODES.objectNode().put("code", code.code()));
      } else if (span instanceof Span.Link link) {
        ObjectNode node = NODES.objectNode();
        node.set("link", spans(link.label()));
        node.put("url", link.url().value());
        out.add(node);
      } else {
        throw new AssertionError(span);
      }
    }
    return out;
  }

  private static void appendSpans(List<Span> spans, StringBuilder out) {
    for (Span span : spans) {
      if (span instanceof Span.Plain plain) {
        appendEscaped(plain.text(), out);
      } else if (span instanceof Span.Strong strong) {
        out.append("**");
        appendSpans(strong.children(), out);
        out.append("**");
      } else if (span instanceof Span.Emphasis emphasis) {
        out.append('*');
        appendSpans(emphasis.children(), out);
        out.append('*');
      } else if (span instanceof Span.Code code) {
        out.append('`').append(code.code()).append('`');
      } else if (span instanceof Span.Link link) {
        out.append('[');
        appendSpans(link.label(), out);
        out.append("](").append(link.url().value()).append(')');
      } else {
        throw new AssertionError(span);
      }
    }
  }

  /**
   * Escapes what the DSL would read as markup. A backslash is doubled only where it could be read
   * as an escape (before a marker, or last in the run, where markup may follow), so that "C:\dir"
   * stays readable.
   */
  private static void appendEscaped(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape =
          c == '\\'
              ? i + 1 == text.length() || ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0
              : ESCAPABLE.indexOf(c) >= 0;
      if (escape) {
        out.append('\\');
      }
      out.append(c);
    }
  }
}
