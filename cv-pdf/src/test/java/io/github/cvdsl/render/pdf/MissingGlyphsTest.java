package io.github.cvdsl.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.CvFixtures;
import io.github.cvdsl.render.RenderException;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.RenderWarning;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Characters that no font of the PDF has are never lost silently: {@code check} names each with
 * the path of its value, a plain render refuses, and a render with a warning handler writes the
 * PDF after handing over the same warnings.
 */
class MissingGlyphsTest {

  /** Devanagari, which DejaVu Sans lacks and the test font Lohit Devanagari has. */
  static final String HINDI = "नमस्ते";

  /** A CJK character, which neither has. */
  static final String HAN = "漢";

  static final Path TEST_FONTS = Path.of("src/test/resources/fonts");

  static Cv cv() {
    return cv("Greets with " + HINDI + ".", "Engineer " + HAN);
  }

  static Cv cv(String summary, String position) {
    return new Cv(
        "Kura",
        Optional.of("Engineer"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(Text.plain(summary)),
        List.of(),
        List.of(
            new Section(
                "Experience",
                List.of(),
                List.of(),
                List.of(
                    new Job(
                        "BBC",
                        position,
                        new Dates.None(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        List.of())))),
        "en");
  }

  @Test
  void checkNamesEachCharacterWithThePathOfItsValue() {
    List<RenderWarning> warnings = new PdfRenderer().check(cv());

    assertEquals(2, warnings.size(), warnings::toString);
    assertEquals("summary[0]", warnings.get(0).path());
    assertEquals(HINDI, warnings.get(0).characters(), "each missing character once, in order");
    assertTrue(
        warnings.get(0).message().contains("U+0928, U+092E, U+0938, U+094D, U+0924, U+0947"),
        warnings::toString);
    assertEquals(
        "नस", new PdfRenderer().check(cv("नसनसन", "Engineer")).get(0).characters(), "each once");
    assertEquals("sections[0].entries[0].position", warnings.get(1).path());
    assertEquals(HAN, warnings.get(1).characters());
    assertTrue(
        warnings.get(1).message().startsWith("no font of the PDF has \"漢\" (U+6F22)"),
        warnings.get(1)::message);
    assertTrue(warnings.get(1).message().contains("-Acvdsl.pdf.fonts=<folder>"));
  }

  @Test
  void spacesAndJoinersAreNotCountedAndDejaVuHasCombiningAccents() {
    // A combining accent (U+0301) is drawn, and DejaVu has it; U+200D and the spaces draw nothing.
    List<RenderWarning> warnings =
        new PdfRenderer().check(cv("A\u200Db\u00A0c\u2003d\tè\u0301", "Engineer"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void aPlainRenderRefusesAndSaysWhatAndWhere() {
    RenderException refused =
        assertThrows(
            RenderException.class, () -> new PdfRenderer().render(cv(), new ByteArrayOutputStream()));

    assertTrue(refused.getMessage().contains("summary[0]: no font of the PDF has \"" + HINDI + "\""),
        refused::getMessage);
    assertTrue(
        refused.getMessage().contains("sections[0].entries[0].position: no font of the PDF has"),
        refused::getMessage);
  }

  @Test
  void aRenderWithAWarningHandlerWritesThePdfAndHandsOverTheWarnings() throws IOException {
    List<RenderWarning> handed = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(cv(), out, handed::add);

    assertEquals(new PdfRenderer().check(cv()), handed);
    try (PDDocument document = Pdfs.load(out.toByteArray())) {
      assertTrue(Pdfs.text(document, true).contains("Engineer"));
    }
  }

  @Test
  void textTheOptionsAddIsCheckedToo() {
    List<RenderWarning> warnings =
        new PdfRenderer(RenderOptions.defaults().withSectionTitle("Experience", "経験"))
            .check(cv("Greets.", "Engineer"));

    assertEquals(1, warnings.size(), warnings::toString);
    assertEquals("", warnings.get(0).path());
    assertEquals("経験", warnings.get(0).characters());
  }

  @Test
  void theExampleFixturesAndGreekCyrillicAndPolishNeedNoOtherFont() {
    assertEquals(List.of(), new PdfRenderer().check(CvFixtures.realistic()));
  }
}
