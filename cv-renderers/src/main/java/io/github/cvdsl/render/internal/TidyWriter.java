package io.github.cvdsl.render.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Takes template output and passes it on tidied, so that templates can be laid out for people to
 * read: trailing whitespace goes, runs of blank lines become one, and blank lines at the start and
 * end go. Call {@link #finish()} when the template is done.
 *
 * <p>Lines go to the sink in blocks, not one by one. A call per line let the JIT inline whichever
 * sink was busiest when it compiled this class into it and optimise the other's as rarely run: with
 * all three formats rendered in one JVM, plain text, whose sink wraps lines, took twice as long as
 * on its own.
 */
public final class TidyWriter extends Writer {

  private static final int BLOCK_SIZE = 1 << 13;

  private final Writer sink;
  private char[] line = new char[256];
  private int length;
  // Tidy lines waiting for the sink.
  private char[] block = new char[BLOCK_SIZE];
  private int blockLength;
  private boolean wroteLine;
  private boolean pendingBlank;

  /**
   * A writer that passes tidy lines to {@code sink}.
   *
   * @param sink where the lines go: it receives whole lines only, each ending with a line break
   */
  public TidyWriter(Writer sink) {
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
   * Passes on everything written, the last line too if it has no line break yet.
   *
   * @throws IOException if the output fails
   */
  public void finish() throws IOException {
    if (length > 0) {
      endLine();
    }
    passOn();
  }

  private void endLine() throws IOException {
    int end = length;
    while (end > 0 && isTrailingSpace(line[end - 1])) {
      end--;
    }
    length = 0;
    if (end == 0) {
      pendingBlank = wroteLine;
      return;
    }
    // The line, its line break and perhaps a blank line before it.
    int needed = end + 2;
    if (needed > block.length - blockLength) {
      passOn();
      if (needed > block.length) {
        block = new char[needed];
      }
    }
    if (pendingBlank) {
      block[blockLength++] = '\n';
      pendingBlank = false;
    }
    System.arraycopy(line, 0, block, blockLength, end);
    blockLength += end;
    block[blockLength++] = '\n';
    wroteLine = true;
  }

  private void passOn() throws IOException {
    if (blockLength > 0) {
      sink.write(block, 0, blockLength);
      blockLength = 0;
    }
  }

  private static boolean isTrailingSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
