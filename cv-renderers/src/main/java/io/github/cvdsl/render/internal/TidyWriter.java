package io.github.cvdsl.render.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Takes template output and passes it on line by line, so that templates can be laid out for
 * people to read: trailing whitespace goes, runs of blank lines become one, and blank lines at the
 * start and end go. Call {@link #finish()} when the template is done.
 */
public final class TidyWriter extends Writer {

  private final LineSink sink;
  private char[] line = new char[256];
  private int length;
  private boolean wroteLine;
  private boolean pendingBlank;
  // Reused for every escaped value: one render escapes hundreds of thousands.
  private final StringBuilder escaped = new StringBuilder(256);

  /**
   * A writer that passes tidy lines to {@code sink}.
   *
   * @param sink where the lines go
   */
  public TidyWriter(LineSink sink) {
    this.sink = sink;
  }

  @Override
  public void write(char[] chars, int offset, int count) throws IOException {
    int end = offset + count;
    int start = offset;
    for (int i = offset; i < end; i++) {
      if (chars[i] == '\n') {
        append(chars, start, i);
        endLine();
        start = i + 1;
      }
    }
    append(chars, start, end);
  }

  @Override
  public void write(String text, int offset, int count) throws IOException {
    int end = offset + count;
    int start = offset;
    for (int i = text.indexOf('\n', offset); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
      append(text, start, i);
      endLine();
      start = i + 1;
    }
    append(text, start, end);
  }

  /**
   * Writes {@code text} as {@code escaper} escapes it, without making a string of it first.
   *
   * @param text an author's text
   * @param escaper the format's escaper
   * @throws IOException if the output fails
   */
  public void writeEscaped(String text, Escaper escaper) throws IOException {
    escaped.setLength(0);
    escaper.escape(text, escaped);
    int end = escaped.length();
    int start = 0;
    for (int i = escaped.indexOf("\n"); i >= 0; i = escaped.indexOf("\n", i + 1)) {
      append(escaped, start, i);
      endLine();
      start = i + 1;
    }
    append(escaped, start, end);
  }

  private void append(StringBuilder text, int start, int end) {
    ensureRoom(end - start);
    text.getChars(start, end, line, length);
    length += end - start;
  }

  private void append(char[] chars, int start, int end) {
    ensureRoom(end - start);
    System.arraycopy(chars, start, line, length, end - start);
    length += end - start;
  }

  private void append(String text, int start, int end) {
    ensureRoom(end - start);
    text.getChars(start, end, line, length);
    length += end - start;
  }

  private void ensureRoom(int more) {
    if (length + more > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + more));
    }
  }

  @Override
  public void write(String text) throws IOException {
    write(text, 0, text.length());
  }

  /**
   * Passes on the last line, if it has no line break yet.
   *
   * @throws IOException if the output fails
   */
  public void finish() throws IOException {
    if (length > 0) {
      endLine();
    }
  }

  private void endLine() throws IOException {
    int end = length;
    while (end > 0 && isTrailingSpace(line[end - 1])) {
      end--;
    }
    if (end == 0) {
      pendingBlank = wroteLine;
    } else {
      if (pendingBlank) {
        sink.blank();
        pendingBlank = false;
      }
      sink.line(line, end);
      wroteLine = true;
    }
    length = 0;
  }

  private static boolean isTrailingSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
