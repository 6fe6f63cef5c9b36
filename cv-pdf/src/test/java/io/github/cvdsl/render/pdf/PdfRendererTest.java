package io.github.cvdsl.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.CvFixtures;
import io.github.cvdsl.render.RenderException;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Renderers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfRendererTest {

  private static final Cv CV = CvFixtures.realistic();
  private static final byte[] PDF = Pdfs.render(CV);

  @Test
  void isTheServiceCalledPdfWritingBytes() {
    Renderer renderer = Renderers.byId("pdf");

    assertInstanceOf(PdfRenderer.class, renderer);
    assertEquals("pdf", renderer.extension());
    assertTrue(Renderers.ids().contains("pdf"), Renderers.ids().toString());
    RenderException error =
        assertThrows(RenderException.class, () -> Renderers.characterRenderer("pdf"));
    assertTrue(error.getMessage().contains("writes bytes"), error.getMessage());
  }

  /**
   * In reading order, as text extraction (PDFBox sorting by position, poppler's pdftotext) reads a
   * page. The order of the drawing operators differs: openhtmltopdf draws a line's styled spans
   * (bold, links, code) after its plain text.
   */
  @Test
  void everyWordOfTheHtmlIsInThePdfTextInReadingOrder() throws IOException {
    String html = Renderers.characterRenderer("html").render(CV);
    List<String> expected = Pdfs.words(Jsoup.parse(html).body().text());

    try (PDDocument document = Pdfs.load(PDF)) {
      List<String> actual = Pdfs.words(Pdfs.text(document, true));

      assertTrue(expected.size() > 300, "the fixture has text: " + expected.size());
      assertEquals(List.of(), Pdfs.missingInOrder(expected, actual));
    }
  }

  @Test
  void everyFontIsEmbeddedDejaVu() throws IOException {
    try (PDDocument document = Pdfs.load(PDF)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          fonts.add(font.getName());
        }
      }
      assertFalse(fonts.isEmpty());
      assertTrue(fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans.*")), fonts.toString());
      assertTrue(fonts.stream().anyMatch(f -> f.endsWith("DejaVuSans-Bold")), fonts.toString());
    }
  }

  @Test
  void pagesAreA4ByDefaultAndLetterByOption() throws IOException {
    byte[] letter =
        Pdfs.render(CV, RenderOptions.defaults().withFormatOption(PdfRenderer.PAGE_OPTION, "Letter"));

    try (PDDocument a4 = Pdfs.load(PDF);
        PDDocument us = Pdfs.load(letter)) {
      for (PDPage page : a4.getPages()) {
        assertSize(PDRectangle.A4, page.getMediaBox());
      }
      for (PDPage page : us.getPages()) {
        assertSize(PDRectangle.LETTER, page.getMediaBox());
      }
    }
  }

  private static void assertSize(PDRectangle expected, PDRectangle actual) {
    assertEquals(expected.getWidth(), actual.getWidth(), 1, "width");
    assertEquals(expected.getHeight(), actual.getHeight(), 1, "height");
  }

  @Test
  void anUnknownPageSizeIsARenderErrorNamingTheOption() {
    RenderOptions b5 = RenderOptions.defaults().withFormatOption(PdfRenderer.PAGE_OPTION, "b5");

    RenderException error = assertThrows(RenderException.class, () -> Renderers.byId("pdf", b5));

    assertTrue(error.getMessage().contains("'b5'"), error.getMessage());
    assertTrue(error.getMessage().contains("-Acvdsl.pdf.page"), error.getMessage());
    assertTrue(error.getMessage().contains("a4 or letter"), error.getMessage());
  }

  @Test
  void anUnknownPdfOptionIsARenderErrorListingTheKnownOnes() {
    RenderOptions paper = RenderOptions.defaults().withFormatOption("pdf.paper", "a4");

    RenderException error = assertThrows(RenderException.class, () -> new PdfRenderer(paper));

    assertTrue(error.getMessage().contains("pdf.paper"), error.getMessage());
    assertTrue(error.getMessage().contains("pdf.page"), error.getMessage());
    // Another format's options are that format's business...
    new PdfRenderer(RenderOptions.defaults().withFormatOption("markdown.flavour", "gfm"));
    // ...but for the HTML's, which the PDF is laid out from.
    RenderException look =
        assertThrows(
            RenderException.class,
            () -> new PdfRenderer(RenderOptions.defaults().withFormatOption("html.look", "two")));
    assertTrue(look.getMessage().contains("-Acvdsl.html.look"), look.getMessage());
  }

  @Test
  void everyWebLinkIsClickable() throws IOException {
    List<String> hrefs = new ArrayList<>();
    for (Element link : Jsoup.parse(Renderers.characterRenderer("html").render(CV)).select("a[href]")) {
      hrefs.add(link.attr("href"));
    }
    try (PDDocument document = Pdfs.load(PDF)) {
      List<String> uris = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
      // A link broken over two lines is two areas with one address.
      List<String> addresses = new ArrayList<>();
      for (String uri : uris) {
        if (addresses.isEmpty() || !addresses.get(addresses.size() - 1).equals(uri)) {
          addresses.add(uri);
        }
      }
      assertTrue(hrefs.size() >= 5, hrefs.toString());
      assertEquals(hrefs, addresses);
    }
  }

  @Test
  void metadataNamesTheCvAndItsLanguage() throws Exception {
    try (PDDocument document = Pdfs.load(PDF)) {
      var info = document.getDocumentInformation();
      assertEquals("Kura", info.getTitle());
      assertEquals("Kura", info.getAuthor());
      assertEquals("Engineer", info.getSubject());
      assertEquals(CV.language(), document.getDocumentCatalog().getLanguage());
      assertEquals(null, info.getCreationDate(), "a date from the clock would change every build");
      assertEquals(null, info.getCustomMetadataValue("viewport"));
      org.apache.xmpbox.xml.DomXmpParser parser = new org.apache.xmpbox.xml.DomXmpParser();
      parser.setStrictParsing(false);
      var xmp = parser.parse(document.getDocumentCatalog().getMetadata().toByteArray());
      assertEquals("Kura", xmp.getDublinCoreSchema().getTitle());
      assertEquals(List.of("Kura"), xmp.getDublinCoreSchema().getCreators());
      assertEquals("Engineer", xmp.getDublinCoreSchema().getDescription());
      assertEquals(List.of(CV.language()), xmp.getDublinCoreSchema().getLanguages());
      assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
      assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
    }
  }

  @Test
  void theOutlineListsTheSectionsInOrder() throws IOException {
    List<String> titles = new ArrayList<>();
    CV.sections().forEach(section -> titles.add(section.title()));
    try (PDDocument document = Pdfs.load(PDF)) {
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
        assertTrue(item.getDestination() != null || item.getAction() != null, item.getTitle());
      }
      assertEquals(titles, bookmarks);
    }
  }

  @Test
  void everyPageIsNumberedOfTheTotal() throws IOException {
    try (PDDocument document = Pdfs.load(PDF)) {
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 2, "pages: " + pages);
      for (int page = 1; page <= pages; page++) {
        List<String> lines = Pdfs.lines(Pdfs.text(document, true, page, page));
        assertEquals(page + " / " + pages, lines.get(lines.size() - 1), "page " + page);
      }
    }
  }

  @Test
  void theSameCvGivesTheSameBytesInAnyTimeZoneAndLocale() {
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    byte[] elsewhere;
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      elsewhere = Pdfs.render(CV);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }

    assertArrayEquals(PDF, Pdfs.render(CV));
    assertArrayEquals(PDF, elsewhere);
  }

  @Test
  void anotherCvGetsAnotherDocumentId() throws IOException {
    try (PDDocument one = Pdfs.load(PDF);
        PDDocument other = Pdfs.load(Pdfs.render(CvFixtures.minimal()))) {
      String first = one.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID).toString();
      String second = other.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID).toString();
      assertFalse(first.equals(second), first);
    }
  }
}
