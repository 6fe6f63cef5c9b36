package io.github.cvdsl.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.CvFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Page breaks where a reader expects them, on a CV long enough to break many times. */
class PageBreakTest {

  private static final int JOBS = 40;

  @Test
  void noPageEndsWithAnEntrysHeadingOrBylineAndEveryJobIsThere() throws IOException {
    Cv cv = CvFixtures.synthetic(JOBS);

    try (PDDocument document = Pdfs.load(Pdfs.render(cv))) {
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 5, "pages: " + pages);
      List<String> lastLines = new ArrayList<>();
      for (int page = 1; page < pages; page++) {
        List<String> lines = Pdfs.lines(Pdfs.text(document, true, page, page));
        // The last line is the page number; the one before it ends the page's content.
        String last = lines.get(lines.size() - 2);
        lastLines.add(last);
        assertTrue(
            !last.matches("Company \\d+") && !last.startsWith("Engineer •") && !last.equals("Highlights;"),
            "page " + page + " ends with a heading: " + last);
      }
      String text = Pdfs.text(document, true);
      for (int job = 0; job < JOBS; job++) {
        assertTrue(text.contains("Company " + job + "\n"), "job " + job);
      }
      assertEquals(pages - 1, lastLines.size());
    }
  }
}
