package io.github.cvdsl.maven;

/**
 * One message of a compilation, as the preview shows it: where it is and the source line under it.
 *
 * @param error whether it is an error (else a warning)
 * @param file the source file, relative to the project when it lies inside it; empty if none
 * @param line the 1-based line, or 0 if the message has no position
 * @param column the 1-based column, tabs counted to the next multiple of 8 as javac counts them
 * @param message the message, as javac or the cvdsl processor wrote it
 * @param sourceLine the source line at {@code line}, tabs expanded; empty if there is none
 */
record Problem(
    boolean error, String file, long line, long column, String message, String sourceLine) {

  /** Where the problem is, as a compiler prints it: {@code File.java:12:5}, or empty. */
  String location() {
    if (file.isEmpty()) {
      return "";
    }
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
