package io.github.cvdsl.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Item;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Text;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * An Arabic or Hebrew CV runs right to left in the PDF: lines start at the right margin, and the
 * text reads back from the page in the order it was written.
 */
class RightToLeftTest {

  private static final String NAME = "كورا";
  private static final String SUMMARY = "مهندس يبني شبكات توصيل المحتوى";
  private static final String HEBREW = "שלום עולם";

  @Test
  void arabicAndHebrewRunFromTheRightMarginAndReadBackAsWritten() throws IOException {
    try (PDDocument document = Pdfs.load(Pdfs.render(cv("ar", NAME)))) {
      String text = Pdfs.text(document, true);
      for (String written : List.of(NAME, SUMMARY, "الخبرة", HEBREW, "أغسطس 2019 –")) {
        assertTrue(text.contains(written), "missing '" + written + "' in:\n" + text);
      }
      float width = document.getPage(0).getMediaBox().getWidth();
      Line name = line(document, NAME);
      assertTrue(name.left() > width / 2, "the name starts at the right: " + name);
      assertTrue(name.right() > width - 60, "the name ends at the right margin: " + name);
    }
  }

  @Test
  void aLeftToRightCvStillStartsAtTheLeftMargin() throws IOException {
    try (PDDocument document = Pdfs.load(Pdfs.render(cv("fr", "Kura")))) {
      Line name = line(document, "Kura");
      assertTrue(name.left() < 60, "the name starts at the left margin: " + name);
    }
  }

  /** Where a line of text lies on the first page. */
  private record Line(String text, float left, float right) {}

  private static Line line(PDDocument document, String text) throws IOException {
    List<Line> lines = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String string, List<TextPosition> glyphs) throws IOException {
            float left = Float.MAX_VALUE;
            float right = 0;
            for (TextPosition glyph : glyphs) {
              left = Math.min(left, glyph.getXDirAdj());
              right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
            }
            lines.add(new Line(string, left, right));
            super.writeString(string, glyphs);
          }
        };
    stripper.setEndPage(1);
    stripper.getText(document);
    return lines.stream()
        .filter(line -> line.text().strip().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line '" + text + "' in " + lines));
  }

  private static Cv cv(String language, String name) {
    return new Cv(
        name,
        Optional.of("مهندس"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(Text.plain(SUMMARY)),
        List.of(),
        List.of(
            new Section(
                "الخبرة",
                List.of(),
                List.of(),
                List.of(
                    new Item(
                        "هيئة الإذاعة",
                        Optional.empty(),
                        new Dates.Ongoing(new CvDate.OfMonth(YearMonth.of(2019, 8), false)),
                        Optional.empty(),
                        List.of(Text.plain(HEBREW)),
                        List.of())))),
        language);
  }
}
