package io.github.cvdsl.maven;

import tools.jackson.databind.JsonNode;

/**
 * The DSL's inline markup written from the spans the JSON Resume export keeps in its extension:
 * the inverse of how the export writes them, so that the processor reads back the same spans.
 */
final class Markup {
  /** The characters the DSL reads a backslash before as themselves. */
  private static final String ESCAPABLE = "\\*`[]";

  private Markup() {}

  /**
   * A paragraph of spans: a string is plain text, {@code {"strong": [...]}}, {@code {"emphasis":
   * [...]}}, {@code {"code": "..."}} and {@code {"link": [...], "url": "..."}} the others.
   *
   * @throws IllegalArgumentException naming what is not a span
   */
  static String write(JsonNode spans) {
    StringBuilder out = new StringBuilder();
    append(spans, out);
    return out.toString();
  }

  private static void append(JsonNode spans, StringBuilder out) {
    if (!spans.isArray()) {
      throw new IllegalArgumentException(
          "not a paragraph of spans: write a string, or an array of strings and span objects");
    }
    for (JsonNode span : spans) {
      if (span.isString()) {
        out.append(escape(span.asString()));
      } else if (span.has("strong")) {
        out.append("**");
        append(span.get("strong"), out);
        out.append("**");
      } else if (span.has("emphasis")) {
        out.append('*');
        append(span.get("emphasis"), out);
        out.append('*');
      } else if (span.path("code").isString()) {
        out.append('`').append(span.get("code").asString()).append('`');
      } else if (span.has("link") && span.path("url").isString()) {
        out.append('[');
        append(span.get("link"), out);
        out.append("](").append(span.get("url").asString()).append(')');
      } else {
        throw new IllegalArgumentException(
            "not a span: " + span + "; a span is a string, or an object with strong, emphasis,"
                + " code, or link and url");
      }
    }
  }

  /**
   * Plain text as the DSL writes it: a backslash before each markup character, and before a
   * backslash that would otherwise read as one (before a marker, or last).
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
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
    return out.toString();
  }
}
