package io.github.cvdsl.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cvdsl.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The example's PDF, rendered at compile time ({@code -Acvdsl.render=...,pdf}), read back as a
 * recruiter's software reads it: with PDFBox, and with poppler's {@code pdftotext}.
 */
class ExamplePdfTest {

  /** Set (as {@code .ci/run} does) to fail, not skip, when {@code pdftotext} is not installed. */
  private static final String REQUIRE_PDFTOTEXT = "CVDSL_REQUIRE_PDFTOTEXT";

  private static byte[] compileTimePdf() {
    try (InputStream in = ExamplePdfTest.class.getClassLoader().getResourceAsStream("cv/KuraCv.pdf")) {
      if (in == null) {
        throw new AssertionError("cv/KuraCv.pdf is not on the class path; did the build render it?");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theCompileTimePdfIsTheRunTimePdf() throws IOException {
    ByteArrayOutputStream runTime = new ByteArrayOutputStream();
    Renderers.byId("pdf").render(KuraCvModel.cv(), runTime);

    assertArrayEquals(runTime.toByteArray(), compileTimePdf());
  }

  @Test
  void everySeedWordIsInThePdfTextInOrder() throws IOException {
    try (PDDocument document = Loader.loadPDF(compileTimePdf())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      List<String> text = SeedWordsTest.words(stripper.getText(document));

      assertEquals(List.of(), missingSeedWords(text));
      for (PDPage page : document.getPages()) {
        assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1);
        assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 1);
        for (var name : page.getResources().getFontNames()) {
          assertTrue(page.getResources().getFont(name).isEmbedded(), name.getName());
        }
      }
    }
  }

  @Test
  void pdftotextKeepsAtLeast99PercentOfTheSeedWordsInOrder() throws Exception {
    Path pdf = Files.createTempFile("KuraCv", ".pdf");
    try {
      Files.write(pdf, compileTimePdf());
      String text;
      try {
        Process process =
            new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftotext failed");
      } catch (IOException notInstalled) {
        assumeTrue(
            System.getenv(REQUIRE_PDFTOTEXT) != null,
            "pdftotext (Debian's poppler-utils) is not installed: " + notInstalled.getMessage());
        throw notInstalled;
      }
      List<String> seed = SeedWordsTest.words(RenderedCv.read("seed-kura-cv.md"));
      List<String> missing = missingSeedWords(SeedWordsTest.words(text));

      assertTrue(missing.size() <= seed.size() / 100, "missing in order: " + missing);
    } finally {
      Files.delete(pdf);
    }
  }

  /** The seed's words that are not found, in the seed's order, in {@code rendered}. */
  private static List<String> missingSeedWords(List<String> rendered) {
    return missingInOrder(SeedWordsTest.words(RenderedCv.read("seed-kura-cv.md")), rendered);
  }

  /** The words of {@code expected} that are not found, in their order, in {@code rendered}. */
  static List<String> missingInOrder(List<String> expected, List<String> rendered) {
    List<String> missing = new java.util.ArrayList<>();
    int at = 0;
    for (String word : expected) {
      int found = rendered.subList(at, rendered.size()).indexOf(word);
      if (found < 0) {
        missing.add(word);
      } else {
        at += found + 1;
      }
    }
    return missing;
  }
}
