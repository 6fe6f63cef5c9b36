package io.github.cvdsl.render.text;

import java.io.IOException;
import java.io.Writer;

/**
 * Wraps each line at a width counted in code points. A line that starts with spaces and a bullet
 * ({@code - }, {@code * }, {@code • }, {@code + } or {@code 1. }) continues under the bullet's
 * text: a hanging indent. Lines break between words; a word is broken only when it is longer than a
 * whole line, and then never before a combining mark.
 */
final class WrappingSink extends Writer {

  private final Writer out;
  private final int width;
  private char[] indent = new char[0];

  WrappingSink(Writer out, int width) {
    this.out = out;
    this.width = width;
  }

  /** Takes whole lines, each ending with a line break; may change {@code chars}. */
  @Override
  public void write(char[] chars, int offset, int count) throws IOException {
    int length = offset + count;
    int start = offset;
    while (start < length) {
      int end = start;
      while (chars[end] != '\n') {
        end++;
      }
      if (end == start) {
        out.write('\n');
      } else {
        line(chars, start, end);
      }
      start = end + 1;
    }
  }

  /** Writes chars[start, end), a non-blank line, wrapped, each piece with its line break. */
  private void line(char[] chars, int start, int end) throws IOException {
    // One pass over the line both turns tabs into spaces and counts its code points.
    int lineWidth = end - start;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c == '\t') {
        chars[i] = ' ';
      } else if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(chars[i + 1])) {
        lineWidth--;
        i++;
      }
    }
    if (lineWidth <= width) {
      out.write(chars, start, end - start + 1);
      return;
    }
    int textStart = markerEnd(chars, start, end);
    int firstWidth = Character.codePointCount(chars, start, textStart - start);
    // Keep at least half a line for text, however deep the indent.
    int hang = Math.min(firstWidth, width / 2);
    new Layout(chars, start, hang).write(textStart, end, firstWidth);
  }

  /**
   * Where the text of the line chars[start, end) starts: after its indent and bullet marker, if it
   * has one.
   */
  private static int markerEnd(char[] chars, int start, int end) {
    int i = start;
    while (i < end && chars[i] == ' ') {
      i++;
    }
    int marker = i;
    if (marker < end && "-*•+".indexOf(chars[marker]) >= 0) {
      marker++;
    } else {
      int digits = 0;
      while (marker < end && chars[marker] >= '0' && chars[marker] <= '9' && digits < 9) {
        marker++;
        digits++;
      }
      if (digits > 0 && marker < end && (chars[marker] == '.' || chars[marker] == ')')) {
        marker++;
      } else {
        return i;
      }
    }
    return marker < end && chars[marker] == ' ' ? marker + 1 : i;
  }

  /**
   * Lays the words of one line out on as many lines as they need. Each output line is gathered in
   * place, at the front of the line in {@code chars}, and written in one piece: writing word by
   * word cost more than the wrapping itself. Words only move left, as runs of spaces between them
   * become one.
   */
  private final class Layout {
    private final char[] chars;
    private final int hang;
    private int column;
    private boolean hasWord;
    // The output line so far is chars[lineStart, lineEnd).
    private int lineStart;
    private int lineEnd;

    Layout(char[] chars, int start, int hang) {
      this.chars = chars;
      this.lineStart = start;
      this.hang = hang;
    }

    void write(int textStart, int end, int firstWidth) throws IOException {
      lineEnd = textStart;
      column = firstWidth;
      int i = textStart;
      while (i < end) {
        while (i < end && chars[i] == ' ') {
          i++;
        }
        // The word's width is counted as it is scanned, rather than in a second pass.
        int wordEnd = i;
        int pairs = 0;
        while (wordEnd < end && chars[wordEnd] != ' ') {
          if (wordEnd > i
              && Character.isLowSurrogate(chars[wordEnd])
              && Character.isHighSurrogate(chars[wordEnd - 1])) {
            pairs++;
          }
          wordEnd++;
        }
        if (wordEnd > i) {
          add(i, wordEnd, wordEnd - i - pairs);
        }
        i = wordEnd;
      }
      out.write(chars, lineStart, lineEnd - lineStart);
      out.write('\n');
    }

    private void add(int start, int end, int wordWidth) throws IOException {
      if (hasWord && column + 1 + wordWidth > width) {
        newLine();
      }
      if (hasWord) {
        chars[lineEnd++] = ' ';
        column++;
      }
      if (column + wordWidth <= width) {
        keep(start, end);
        column += wordWidth;
        hasWord = true;
        return;
      }
      breakLongWord(start, end);
    }

    /** Appends chars[start, end), which is at or after the line's end, to the line. */
    private void keep(int start, int end) {
      if (start != lineEnd) {
        System.arraycopy(chars, start, chars, lineEnd, end - start);
      }
      lineEnd += end - start;
    }

    /** A word wider than the room left on an empty line goes on in pieces. */
    private void breakLongWord(int start, int end) throws IOException {
      int i = start;
      while (i < end) {
        int pieceEnd = advance(chars, i, end, width - column);
        column += Character.codePointCount(chars, i, pieceEnd - i);
        keep(i, pieceEnd);
        hasWord = true;
        i = pieceEnd;
        if (i < end) {
          newLine();
        }
      }
    }

    private void newLine() throws IOException {
      out.write(chars, lineStart, lineEnd - lineStart);
      out.write('\n');
      out.write(indent(hang), 0, hang);
      lineStart = lineEnd;
      column = hang;
      hasWord = false;
    }
  }

  private char[] indent(int hang) {
    if (indent.length < hang) {
      indent = " ".repeat(hang).toCharArray();
    }
    return indent;
  }

  /**
   * The index after at most {@code room} code points from {@code start}, moved back so that it is
   * not before a mark; at least one code point, so that a line always progresses.
   */
  private static int advance(char[] chars, int start, int end, int room) {
    int index = start;
    int taken = 0;
    while (index < end && (taken < room || taken == 0)) {
      index += Character.charCount(Character.codePointAt(chars, index, end));
      taken++;
    }
    int safe = index;
    while (safe > start && safe < end && isMark(Character.codePointAt(chars, safe, end))) {
      safe = Character.offsetByCodePoints(chars, start, end - start, safe, -1);
    }
    return safe > start ? safe : index;
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || codePoint == 0x200D;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Leaves the caller's writer open, as renderers do. */
  @Override
  public void close() {}
}
