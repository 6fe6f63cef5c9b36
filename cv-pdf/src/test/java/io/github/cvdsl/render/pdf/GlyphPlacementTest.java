package io.github.cvdsl.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.render.CvFixtures;
import io.github.cvdsl.render.RenderOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No character lies outside its page or on top of another: nothing is cut off or overprinted. */
class GlyphPlacementTest {

  /** Glyph boxes from font metrics touch a little at the edges; a real overprint is far larger. */
  private static final float TOLERANCE = 0.5f;

  @ParameterizedTest
  @CsvSource({"a4, classic", "letter, classic", "a4, sidebar", "letter, sidebar"})
  void everyCharacterIsInsideItsPageAndOverlapsNoOther(String page, String look)
      throws IOException {
    byte[] pdf =
        Pdfs.render(
            CvFixtures.realistic(),
            RenderOptions.defaults()
                .withFormatOption(PdfRenderer.PAGE_OPTION, page)
                .withFormatOption("html.look", look));

    try (PDDocument document = Pdfs.load(pdf)) {
      for (int number = 1; number <= document.getNumberOfPages(); number++) {
        PDRectangle box = document.getPage(number - 1).getMediaBox();
        List<TextPosition> glyphs = glyphs(document, number);
        assertTrue(glyphs.size() > 50, "page " + number + " has text");
        for (TextPosition glyph : glyphs) {
          assertTrue(
              glyph.getXDirAdj() >= 0
                  && glyph.getXDirAdj() + glyph.getWidthDirAdj() <= box.getWidth()
                  && glyph.getYDirAdj() - glyph.getHeightDir() >= 0
                  && glyph.getYDirAdj() <= box.getHeight(),
              "'" + glyph.getUnicode() + "' lies outside page " + number);
        }
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
          for (int j = i + 1; j < glyphs.size(); j++) {
            if (overlap(glyphs.get(i), glyphs.get(j))) {
              overlaps.add(glyphs.get(i).getUnicode() + "/" + glyphs.get(j).getUnicode());
            }
          }
        }
        assertEquals(List.of(), overlaps, "page " + number);
      }
    }
  }

  private static boolean overlap(TextPosition a, TextPosition b) {
    float width =
        Math.min(a.getXDirAdj() + a.getWidthDirAdj(), b.getXDirAdj() + b.getWidthDirAdj())
            - Math.max(a.getXDirAdj(), b.getXDirAdj());
    float height =
        Math.min(a.getYDirAdj(), b.getYDirAdj())
            - Math.max(a.getYDirAdj() - a.getHeightDir(), b.getYDirAdj() - b.getHeightDir());
    return width > TOLERANCE && height > TOLERANCE;
  }

  private static List<TextPosition> glyphs(PDDocument document, int page) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            if (!text.getUnicode().isBlank()) {
              glyphs.add(text);
            }
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.writeText(document, new StringWriter());
    return glyphs;
  }
}
