package io.github.cvdsl.render.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.RenderException;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Renderers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text format and a format of bytes from another jar plug in through the public API alone, and
 * are found like the built-in ones.
 */
class PublicExtensionApiTest {

  @TempDir Path folder;

  @Test
  void theRenderersHereUseOnlyPublicApi() throws IOException {
    for (String name : List.of("LatexRenderer.java", "ArchiveRenderer.java")) {
      String source =
          Files.readString(Path.of("src/test/java/io/github/cvdsl/render/plugin").resolve(name));
      assertTrue(!source.contains(".internal."), name + " uses an internal package");
    }
  }

  @Test
  void aTemplateFormatIsOneSmallClassAndItsTemplates() {
    Cv cv = cv("R&D_50% {x}", "Built **100%** of `a_b`");

    String latex = Renderers.characterRenderer("latex").render(cv);

    assertTrue(latex.startsWith("\\documentclass{article}\n"), latex);
    assertTrue(latex.contains("\\section*{ R\\&D\\_50\\% \\{x\\} }"), latex);
    assertTrue(latex.contains("\\subsection*{ Experience }"), latex);
    assertTrue(latex.contains("Engineer • Aug. '19 –"), latex);
    assertTrue(latex.contains("Built \\textbf{100\\%} of \\texttt{a\\_b}"), latex);
    assertTrue(latex.endsWith("\\end{document}\n"), latex);
  }

  @Test
  void aFormatOfBytesIsFoundAndWritesItsBytes() throws IOException {
    Cv cv = cv("Kura", "Building things.");
    Renderer archive = Renderers.byId("archive", RenderOptions.defaults().withWidth(40));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    archive.render(cv, out);

    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        String format = ArchiveRenderer.FORMATS.get(names.size() - 1);
        assertEquals(
            Renderers.characterRenderer(format, RenderOptions.defaults().withWidth(40)).render(cv),
            new String(zip.readAllBytes(), StandardCharsets.UTF_8),
            entry.getName());
      }
    }
    assertEquals(List.of("cv.md", "cv.html", "cv.txt"), names);

    Path file = folder.resolve("cv." + archive.extension());
    archive.render(cv, file);
    assertArrayEquals(out.toByteArray(), Files.readAllBytes(file), "the same bytes every time");
  }

  @Test
  void aFormatOfBytesIsNoCharacterRenderer() {
    RenderException error =
        assertThrows(RenderException.class, () -> Renderers.characterRenderer("archive"));

    assertTrue(error.getMessage().contains("'archive' writes bytes"), error.getMessage());
  }

  @Test
  void aTextFormatWritesUtf8Bytes() throws IOException {
    Cv cv = cv("Zoë Łukasz 山田", "Ünïcödé.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Renderers.byId("latex").render(cv, out);

    assertEquals(
        Renderers.characterRenderer("latex").render(cv), out.toString(StandardCharsets.UTF_8));
  }

  private static Cv cv(String name, String summary) {
    io.github.cvdsl.model.Job job =
        new io.github.cvdsl.model.Job(
            "BBC",
            "Engineer",
            new io.github.cvdsl.model.Dates.Ongoing(
                new io.github.cvdsl.model.CvDate.OfMonth(java.time.YearMonth.of(2019, 8), false)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(summary(summary)),
            List.of());
    return new Cv(
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(new io.github.cvdsl.model.Section("Experience", List.of(), List.of(), List.of(job))),
        "en-GB");
  }

  /** The summary with **strong** and `code` as the processor would parse them. */
  private static Text summary(String markup) {
    List<io.github.cvdsl.model.Span> spans = new ArrayList<>();
    String[] strong = markup.split("\\*\\*", -1);
    for (int i = 0; i < strong.length; i++) {
      String[] code = strong[i].split("`", -1);
      List<io.github.cvdsl.model.Span> parts = new ArrayList<>();
      for (int j = 0; j < code.length; j++) {
        if (!code[j].isEmpty()) {
          parts.add(
              j % 2 == 1
                  ? new io.github.cvdsl.model.Span.Code(code[j])
                  : new io.github.cvdsl.model.Span.Plain(code[j]));
        }
      }
      if (i % 2 == 1) {
        spans.add(new io.github.cvdsl.model.Span.Strong(parts));
      } else {
        spans.addAll(parts);
      }
    }
    return new Text(spans);
  }
}
