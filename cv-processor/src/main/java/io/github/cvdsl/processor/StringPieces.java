package io.github.cvdsl.processor;

import java.util.Optional;

/**
 * Reads Java source from the start of a string constant written as string literals and text blocks
 * joined by {@code +}, to find where a character of its value was written. Anything else in the
 * expression (a constant's name, a method call) ends the search with nothing found.
 */
final class StringPieces {
  private static final String TEXT_BLOCK = "\"\"\"";

  private final String source;
  private int pos;

  StringPieces(String source, int start) {
    this.source = source;
    this.pos = start;
  }

  /** Whether the expression at {@code start} is a single string literal, not a text block. */
  static boolean isOnePlainString(String source, int start) {
    StringPieces pieces = new StringPieces(source, start);
    if (source.startsWith(TEXT_BLOCK, start) || !source.startsWith("\"", start)) {
      return false;
    }
    pieces.pos = start + 1;
    if (pieces.plainEnd() < 0) {
      return false;
    }
    pieces.skipBetweenPieces();
    return pieces.pos >= source.length() || source.charAt(pieces.pos) != '+';
  }

  /** The source index of the character {@code offset} of the value, if the pieces reach it. */
  Optional<Integer> find(int offset) {
    int remaining = offset;
    while (pos < source.length()) {
      skipBetweenPieces();
      if (source.startsWith(TEXT_BLOCK, pos)) {
        int contentStart = source.indexOf('\n', pos + TEXT_BLOCK.length()) + 1;
        int end = textBlockEnd(contentStart);
        if (contentStart == 0 || end < 0) {
          return Optional.empty();
        }
        String raw = source.substring(contentStart, end);
        String value = raw.stripIndent().translateEscapes();
        if (remaining < value.length()) {
          return Optional.of(inTextBlock(contentStart, raw, value, remaining));
        }
        remaining -= value.length();
        pos = end + TEXT_BLOCK.length();
      } else if (source.startsWith("\"", pos)) {
        int index = pos + 1;
        int decoded = 0;
        while (index < source.length() && source.charAt(index) != '"') {
          if (decoded == remaining) {
            return Optional.of(index);
          }
          index += escapeLength(index);
          decoded++;
        }
        if (index >= source.length()) {
          return Optional.empty();
        }
        remaining -= decoded;
        pos = index + 1;
      } else if (source.startsWith("+", pos) || source.startsWith("(", pos)) {
        pos++;
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The source index of value character {@code offset} in a text block: the value's line is the
   * block's line of that number, and the indentation stripped from it is added back.
   */
  private static int inTextBlock(int contentStart, String raw, String value, int offset) {
    int line = (int) value.substring(0, offset).chars().filter(c -> c == '\n').count();
    int lineStart = contentStart;
    for (int i = 0; i < line; i++) {
      lineStart = raw.indexOf('\n', lineStart - contentStart) + contentStart + 1;
    }
    int valueLineStart = value.lastIndexOf('\n', offset - 1) + 1;
    int rawLineEnd = raw.indexOf('\n', lineStart - contentStart);
    String rawLine =
        raw.substring(lineStart - contentStart, rawLineEnd < 0 ? raw.length() : rawLineEnd);
    int valueLineEnd = value.indexOf('\n', valueLineStart);
    String valueLine =
        value.substring(valueLineStart, valueLineEnd < 0 ? value.length() : valueLineEnd);
    int stripped = Math.max(0, indentation(rawLine) - indentation(valueLine));
    return lineStart + stripped + (offset - valueLineStart);
  }

  private static int indentation(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The number of source characters of the escape or character at {@code index}. */
  private int escapeLength(int index) {
    if (source.charAt(index) != '\\' || index + 1 >= source.length()) {
      return 1;
    }
    char next = source.charAt(index + 1);
    if (next == 'u') {
      int end = index + 1;
      while (end < source.length() && source.charAt(end) == 'u') {
        end++;
      }
      return end + 4 - index;
    }
    if (next >= '0' && next <= '7') {
      int end = index + 2;
      int max = next <= '3' ? 3 : 2;
      while (end < source.length()
          && end - index - 1 < max
          && source.charAt(end) >= '0'
          && source.charAt(end) <= '7') {
        end++;
      }
      return end - index;
    }
    return 2;
  }

  /** From {@code pos} inside a plain literal, its closing quote, or -1. */
  private int plainEnd() {
    while (pos < source.length() && source.charAt(pos) != '"' && source.charAt(pos) != '\n') {
      pos += escapeLength(pos);
    }
    if (pos >= source.length() || source.charAt(pos) != '"') {
      return -1;
    }
    pos++;
    return pos;
  }

  private int textBlockEnd(int from) {
    int index = from;
    while (index < source.length()) {
      if (source.startsWith(TEXT_BLOCK, index)) {
        return index;
      }
      index += escapeLength(index);
    }
    return -1;
  }

  /** Skips white space, comments and closing parentheses between the pieces. */
  private void skipBetweenPieces() {
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (Character.isWhitespace(c) || c == ')') {
        pos++;
      } else if (source.startsWith("//", pos)) {
        int end = source.indexOf('\n', pos);
        pos = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", pos)) {
        int end = source.indexOf("*/", pos + 2);
        pos = end < 0 ? source.length() : end + 2;
      } else {
        return;
      }
    }
  }
}
