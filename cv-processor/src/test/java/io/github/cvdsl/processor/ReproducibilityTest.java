package io.github.cvdsl.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two compilations of the same sources, in two folders, under two locales and time zones, give
 * byte-identical generated sources and rendered files: no paths, clocks or machine settings leak.
 */
class ReproducibilityTest {
  @TempDir Path first;
  @TempDir Path second;

  /** Compiles the full CV in {@code folder}; returns the folder holding what was generated. */
  private static Path compileIn(Path folder) throws IOException {
    Path sources = Files.createDirectories(folder.resolve("src/test"));
    Path source = sources.resolve("FullCv.java");
    Files.writeString(source, ModelTest.EVERY_KIND.getCharContent(true), StandardCharsets.UTF_8);
    Path out = Files.createDirectories(folder.resolve("out"));
    Compilations.javacToFolders(source, out, out, "-Acvdsl.render=markdown,html,text");
    return out;
  }

  private static List<Path> generated(Path out) throws IOException {
    try (Stream<Path> all = Files.walk(out)) {
      return all.filter(Files::isRegularFile)
          .filter(path -> !path.toString().endsWith(".class"))
          .map(out::relativize)
          .sorted()
          .toList();
    }
  }

  @Test
  void sameSourcesGiveTheSameBytesAnywhere() throws IOException {
    Path one = compileIn(first);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Path two;
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      two = compileIn(second);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    List<Path> files = generated(one);
    assertEquals(
        List.of(
            Path.of("cv/FullCv.html"),
            Path.of("cv/FullCv.md"),
            Path.of("cv/FullCv.txt"),
            Path.of("test/FullCvModel.java")),
        files);
    assertEquals(files, generated(two));
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(one.resolve(file));
      assertArrayEquals(bytes, Files.readAllBytes(two.resolve(file)), file.toString());
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertTrue(
          !text.contains(first.toString()) && !text.contains(second.toString()), file::toString);
    }
  }
}
