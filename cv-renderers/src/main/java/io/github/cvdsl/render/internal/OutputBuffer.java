package io.github.cvdsl.render.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * Collects output in a fixed buffer and passes it on in large pieces. Unlike {@link
 * java.io.BufferedWriter} it takes no lock per call: a render writes from one thread, a few
 * characters at a time, millions of times.
 */
public final class OutputBuffer extends Writer {

  private static final int SIZE = 1 << 14;

  private final Writer out;
  private final char[] buffer = new char[SIZE];
  private int length;

  /**
   * A buffer in front of {@code out}.
   *
   * @param out where the output goes when the buffer is full or flushed
   */
  public OutputBuffer(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    if (length == SIZE) {
      flushBuffer();
    }
    buffer[length++] = (char) c;
  }

  @Override
  public void write(char[] chars, int offset, int count) throws IOException {
    if (count > SIZE - length) {
      flushBuffer();
      if (count > SIZE) {
        out.write(chars, offset, count);
        return;
      }
    }
    System.arraycopy(chars, offset, buffer, length, count);
    length += count;
  }

  @Override
  public void write(String text, int offset, int count) throws IOException {
    if (count > SIZE - length) {
      flushBuffer();
      if (count > SIZE) {
        out.write(text, offset, count);
        return;
      }
    }
    text.getChars(offset, offset + count, buffer, length);
    length += count;
  }

  @Override
  public void write(String text) throws IOException {
    write(text, 0, text.length());
  }

  private void flushBuffer() throws IOException {
    if (length > 0) {
      out.write(buffer, 0, length);
      length = 0;
    }
  }

  /** Passes on what is buffered and flushes the writer behind. */
  @Override
  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  /** Passes on what is buffered; leaves the writer behind open, as it belongs to the caller. */
  @Override
  public void close() throws IOException {
    flushBuffer();
  }
}
