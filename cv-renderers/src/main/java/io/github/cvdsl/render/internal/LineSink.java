package io.github.cvdsl.render.internal;

import java.io.IOException;

/** Receives the output one line at a time, without its line break or trailing whitespace. */
public interface LineSink {

  /**
   * Writes one non-blank line and its line break.
   *
   * @param chars holds the line from index 0; the sink may change it but must not keep it
   * @param length the line's length
   * @throws IOException if the output fails
   */
  void line(char[] chars, int length) throws IOException;

  /**
   * Writes an empty line.
   *
   * @throws IOException if the output fails
   */
  void blank() throws IOException;
}
