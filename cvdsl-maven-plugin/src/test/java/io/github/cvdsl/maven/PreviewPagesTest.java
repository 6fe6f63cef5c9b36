package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The pages as a browser parses them. */
class PreviewPagesTest {
  private static final String CV =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Kura</title>\n</head>\n"
          + "<body>\n<h1>Kura</h1>\n</body>\n</html>\n";

  @Test
  void aMessageIsTextEvenWhenItLooksLikeMarkup() {
    Problem hostile =
        new Problem(
            true,
            "src/main/java/A.java",
            3,
            14,
            "<script>alert('x')</script> & \"quoted\"",
            "  @Job(name = \"<b>\")");
    Document page = Jsoup.parse(PreviewPages.cvPage(CV, 7, List.of(hostile)));
    Element panel = page.selectFirst("#cvdsl-problems");
    assertTrue(panel.select("script").isEmpty(), panel.outerHtml());
    assertEquals(
        "<script>alert('x')</script> & \"quoted\"", panel.selectFirst(".cvdsl-message").text());
    assertEquals(
        "  @Job(name = \"<b>\")\n             ^", panel.selectFirst("pre.cvdsl-source").wholeText());
    assertEquals("src/main/java/A.java:3:14: error", panel.selectFirst(".cvdsl-where").text());
    assertEquals("1 error — below is the CV as it last compiled", panel.selectFirst("h2").text());
  }

  @Test
  void theCvKeepsItsContentAndGainsTheVersionAndTheLiveScriptInItsHead() {
    Document page = Jsoup.parse(PreviewPages.cvPage(CV, 42, List.of()));
    assertEquals("Kura", page.title());
    assertEquals("Kura", page.selectFirst("h1").text());
    assertEquals("42", page.head().selectFirst("meta[name=cvdsl-version]").attr("content"));
    assertTrue(page.head().selectFirst("script#cvdsl-live").data().contains("EventSource"));
    assertTrue(page.select("#cvdsl-problems").isEmpty());
  }

  @Test
  void warningsAloneAreSaidToBeWarnings() {
    Problem warning = new Problem(false, "", 0, 0, "something to look at", "");
    Document page = Jsoup.parse(PreviewPages.cvPage(CV, 1, List.of(warning, warning)));
    Element panel = page.selectFirst("#cvdsl-problems");
    assertEquals("2 warnings", panel.selectFirst("h2").text());
    assertTrue(panel.hasClass("cvdsl-warnings-only"));
    assertTrue(panel.select("pre").isEmpty(), "no source line to show");
  }

  @Test
  void theIndexLinksEachCv() {
    Document page = Jsoup.parse(PreviewPages.index(List.of("A", "B<"), 3, List.of()));
    assertEquals(List.of("/cv/A", "/cv/B<"), page.select("li a").eachAttr("href"));
    assertEquals(List.of("A", "B<"), page.select("li a").eachText());
  }

  @Test
  void aLineIsExpandedAsJavacCountsColumns() {
    assertEquals("        x", CvCompiler.lineOf("a\n\tx\n", 2));
    assertEquals("ab      x", CvCompiler.lineOf("ab\tx", 1));
    assertEquals("", CvCompiler.lineOf("a", 2));
    assertEquals("b", CvCompiler.lineOf("a\r\nb", 2));
  }
}
