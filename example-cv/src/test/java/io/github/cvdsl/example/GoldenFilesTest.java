package io.github.cvdsl.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cvdsl.render.Renderers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rendered CV equals the reviewed golden files, byte for byte, and rendering at run time gives
 * the same bytes as rendering at compile time.
 *
 * <p>After a deliberate change to the CV or the renderers, rewrite the golden files with {@code mvn
 * -B -ntp -pl example-cv -am verify -Dcvdsl.updateGolden=true} and review their diff; they are
 * never rewritten otherwise.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @CsvSource({"markdown, md", "html, html", "text, txt", "json-resume, json"})
  void renderedFilesEqualTheGoldenFiles(String renderer, String extension) throws IOException {
    String rendered = RenderedCv.rendered(extension);
    Path golden = GOLDEN.resolve("KuraCv." + extension);
    if (Boolean.getBoolean("cvdsl.updateGolden")) {
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered);
    assertEquals(rendered, Renderers.characterRenderer(renderer).render(KuraCvModel.cv()));
  }
}
