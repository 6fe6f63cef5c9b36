package io.github.cvdsl.maven;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a JSON file as UTF-8, as RFC 8259 requires, refusing bytes that are not. */
final class ResumeFiles {
  private ResumeFiles() {}

  static String read(Path file) throws IOException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
            .toString();
    // A byte order mark is allowed to be ignored, and Jackson would not.
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
