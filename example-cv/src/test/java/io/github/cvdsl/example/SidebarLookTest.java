package io.github.cvdsl.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cvdsl.render.Html5Validator;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderers;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sidebar look of the example ({@code html.look=sidebar}): valid HTML; and in the HTML and in
 * the PDF each column reads in the seed's order, the main column (experience, projects,
 * interests, links) and then the sidebar (contacts, skills), nothing lost. The PDF's columns are
 * read each on its own, cropped, as a recruiter's software that finds columns reads them: with
 * {@code pdftotext} and with PDFBox.
 */
class SidebarLookTest {

  private static final RenderOptions SIDEBAR =
      RenderOptions.defaults().withFormatOption("html.look", "sidebar");

  /**
   * Where the sidebar begins on an A4 page, in points from the left: the page's right margin
   * (14 mm), the sidebar's width (52 mm) and its padding (5 mm) from pdf.css, less a little.
   */
  private static final float SIDEBAR_LEFT = (float) ((210 - 14 - 52 - 5 - 3) / 25.4 * 72);

  private static String html;
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    html = Renderers.characterRenderer("html", SIDEBAR).render(KuraCvModel.cv());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderers.byId("pdf", SIDEBAR).render(KuraCvModel.cv(), out);
    pdf = out.toByteArray();
  }

  /** The seed as the sidebar look orders it: skills move after the rest, beside it. */
  static List<String> seedInColumns() {
    String seed = RenderedCv.read("seed-kura-cv.md");
    int skills = seed.indexOf("\n# Skills");
    int interests = seed.indexOf("\n# Outside Interests");
    assertTrue(skills > 0 && interests > skills, "the seed's sections moved");
    return SeedWordsTest.words(
        seed.substring(0, skills) + seed.substring(interests) + seed.substring(skills, interests));
  }

  @Test
  void theHtmlIsValidAndHasTwoColumns() throws Exception {
    assertEquals(List.of(), Html5Validator.problems(html));
    assertTrue(html.contains("<body class=\"look-sidebar\">"));
    int main = html.indexOf("<main>");
    int aside = html.indexOf("<aside>");
    assertTrue(main > 0 && aside > main, "the main column comes first");
    assertTrue(html.indexOf("<h2>Skills</h2>") > aside, "skills are in the sidebar");
    assertTrue(html.indexOf("<h2>Experience</h2>") < aside, "experience is in the main column");
    assertTrue(html.indexOf("class=\"contact\"") > aside, "contacts are in the sidebar");
  }

  @Test
  void theHtmlKeepsEverySeedWordInColumnOrder() {
    assertEquals(
        List.of(), ExamplePdfTest.missingInOrder(seedInColumns(), SeedWordsTest.words(html)));
  }

  @Test
  void pdfBoxReadsEachColumnInTheSeedsOrder() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      StringBuilder main = new StringBuilder();
      StringBuilder aside = new StringBuilder();
      for (PDPage page : document.getPages()) {
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        PDFTextStripperByArea columns = new PDFTextStripperByArea();
        columns.setSortByPosition(true);
        columns.addRegion("main", new Rectangle2D.Float(0, 0, SIDEBAR_LEFT, height));
        columns.addRegion(
            "aside", new Rectangle2D.Float(SIDEBAR_LEFT, 0, width - SIDEBAR_LEFT, height));
        columns.extractRegions(page);
        main.append(columns.getTextForRegion("main")).append('\n');
        aside.append(columns.getTextForRegion("aside")).append('\n');
        for (var name : page.getResources().getFontNames()) {
          assertTrue(page.getResources().getFont(name).isEmbedded(), name.getName());
        }
      }
      List<String> missing =
          ExamplePdfTest.missingInOrder(seedInColumns(), SeedWordsTest.words(main + "\n" + aside));
      assertEquals(List.of(), missing);
    }
  }

  @Test
  void pdftotextReadsEachColumnInTheSeedsOrder() throws Exception {
    Path file = Files.createTempFile("KuraCv-sidebar", ".pdf");
    try {
      Files.write(file, pdf);
      int pages;
      try (PDDocument document = Loader.loadPDF(pdf)) {
        pages = document.getNumberOfPages();
      }
      String main;
      String aside;
      try {
        main = pdftotext(file, 0, (int) SIDEBAR_LEFT);
        aside = pdftotext(file, (int) SIDEBAR_LEFT + 1, 595);
      } catch (IOException notInstalled) {
        assumeTrue(
            System.getenv("CVDSL_REQUIRE_PDFTOTEXT") != null,
            "pdftotext (Debian's poppler-utils) is not installed: " + notInstalled.getMessage());
        throw notInstalled;
      }
      List<String> seed = seedInColumns();
      int kept = keptInOrder(seed, SeedWordsTest.words(main + "\n" + aside));
      assertTrue(pages >= 2, "the example fills more than a page");
      // pdftotext joins a word hyphenated at a line's end ("day-to-" "day" reads "day-today"):
      // counted as the seed-coverage tool counts, by the longest run of words kept in order.
      assertTrue(
          kept >= seed.size() * 99 / 100, "kept " + kept + " of " + seed.size() + " seed words");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void thePdfHasTheOutlineOfBothColumnsAndClickableLinks() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> outline = new ArrayList<>();
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        outline.add(item.getTitle());
      }
      assertEquals(
          List.of("Experience", "Projects", "Outside Interests", "Social Links", "Skills"), outline);
      List<String> uris = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (var annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
      assertTrue(uris.contains("https://github.com/kura"), uris::toString);
      assertTrue(uris.contains("https://kura.gg"), uris::toString);
    }
  }

  /** How many words of {@code seed} {@code rendered} keeps in order: their longest common run. */
  private static int keptInOrder(List<String> seed, List<String> rendered) {
    int[] previous = new int[rendered.size() + 1];
    int[] current = new int[rendered.size() + 1];
    for (String word : seed) {
      for (int j = 1; j <= rendered.size(); j++) {
        current[j] =
            word.equals(rendered.get(j - 1))
                ? previous[j - 1] + 1
                : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[rendered.size()];
  }

  /** The text of every page, cropped to the points from {@code left} to {@code right}. */
  private static String pdftotext(Path file, int left, int right) throws Exception {
    Process process =
        new ProcessBuilder(
                "pdftotext", "-enc", "UTF-8", "-x", String.valueOf(left), "-y", "0", "-W",
                String.valueOf(right - left), "-H", "842", file.toString(), "-")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftotext failed");
    return text;
  }
}
