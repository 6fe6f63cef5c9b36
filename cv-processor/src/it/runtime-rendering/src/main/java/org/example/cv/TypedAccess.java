package org.example.cv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one entry of the CV by the names of its types, as a user's own code would. */
public final class TypedAccess {
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), KuraCvModel.experience().bbc().position());
  }
}
