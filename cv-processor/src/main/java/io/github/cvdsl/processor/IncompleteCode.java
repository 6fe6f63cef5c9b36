package io.github.cvdsl.processor;

/**
 * The code javac handed over is not finished (a missing required element, a value of the wrong
 * kind): javac reports that itself, so the processor leaves the CV alone instead of adding noise.
 */
final class IncompleteCode extends RuntimeException {
  IncompleteCode(String message) {
    super(message, null, false, false);
  }
}
