package io.github.cvdsl.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The files the processor rendered at compile time, read from the class output. */
final class RenderedCv {
  static final String[] EXTENSIONS = {"md", "html", "txt"};

  private RenderedCv() {}

  static String read(String resource) {
    try (InputStream in = RenderedCv.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError(resource + " is not on the class path; did the build render it?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code cv/KuraCv.<extension>}, as rendered at compile time. */
  static String rendered(String extension) {
    return read("cv/KuraCv." + extension);
  }
}
