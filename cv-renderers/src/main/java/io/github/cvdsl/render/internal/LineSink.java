package io.github.cvdsl.render.internal;

import java.io.IOException;

/** Receives the output in blocks of whole lines, each without trailing whitespace. */
public interface LineSink {

  /**
   * Writes whole lines: each ends with a line break, and a blank line is a line break alone.
   *
   * @param chars holds the lines from index 0; the sink may change them but must not keep them
   * @param length how many characters the lines take
   * @throws IOException if the output fails
   */
  void lines(char[] chars, int length) throws IOException;
}
