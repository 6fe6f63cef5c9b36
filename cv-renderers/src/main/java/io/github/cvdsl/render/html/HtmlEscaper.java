package io.github.cvdsl.render.html;

import io.github.cvdsl.render.internal.CodePoints;
import io.github.cvdsl.render.template.Escaper;

/**
 * Escapes {@code < > & " '} so that text is safe both between tags and inside a quoted attribute,
 * and replaces characters HTML forbids.
 */
public final class HtmlEscaper implements Escaper {

  /** ASCII characters that need an entity or cleaning; the rest are copied as they are. */
  private static final boolean[] ATTENTION = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ATTENTION[c] = c < ' ' || c == 0x7F || isSpecial(c);
    }
  }

  @Override
  public void escape(String text, StringBuilder out) {
    int length = text.length();
    // Text is copied in runs; only a character that changes breaks a run.
    int run = 0;
    for (int i = 0; i < length; ) {
      char c = text.charAt(i);
      if (c < 0x80 ? !ATTENTION[c] : CodePoints.isClean(c)) {
        i++;
        continue;
      }
      int raw = text.codePointAt(i);
      int next = i + Character.charCount(raw);
      int codePoint = CodePoints.clean(raw);
      String entity = entity(codePoint);
      if (entity != null || codePoint != raw) {
        out.append(text, run, i);
        if (entity != null) {
          out.append(entity);
        } else {
          out.appendCodePoint(codePoint);
        }
        run = next;
      }
      i = next;
    }
    if (run == 0) {
      out.append(text);
    } else {
      out.append(text, run, length);
    }
  }

  private static boolean isSpecial(char c) {
    return c == '<' || c == '>' || c == '&' || c == '"' || c == '\'';
  }

  private static String entity(int codePoint) {
    switch (codePoint) {
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '&':
        return "&amp;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        return null;
    }
  }
}
