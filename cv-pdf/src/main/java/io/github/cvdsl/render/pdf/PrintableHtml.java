package io.github.cvdsl.render.pdf;

import io.github.cvdsl.model.Cv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the HTML renderer's HTML5 into the XHTML DOM openhtmltopdf lays out, with what only a PDF
 * has: the PDF's style sheet, the document information (author, subject) and an outline of the
 * sections.
 */
final class PrintableHtml {

  private static final String STYLE_SHEET = resource("pdf.css");

  private PrintableHtml() {}

  /**
   * The DOM to lay out.
   *
   * @param html the HTML renderer's output for {@code cv}
   * @param cv the CV, for the document information
   * @param fallbackFamilies the CSS font families after DejaVu's, e.g. {@code , "cvdsl user font
   *     1"}, or empty
   */
  static org.w3c.dom.Document of(String html, Cv cv, String fallbackFamilies) {
    Document document = Jsoup.parse(html);
    Element head = document.head();
    // openhtmltopdf copies every <meta> into the document information; this one means nothing there.
    head.select("meta[name=viewport]").remove();
    head.appendElement("meta").attr("name", "title").attr("content", cv.name());
    head.appendElement("meta").attr("name", "author").attr("content", cv.name());
    cv.label()
        .ifPresent(label -> head.appendElement("meta").attr("name", "subject").attr("content", label));
    head.appendElement("style").appendText(STYLE_SHEET);
    if (!fallbackFamilies.isEmpty()) {
      head.appendElement("style")
          .appendText(
              "html, body { font-family: \"" + EmbeddedFonts.SANS + "\"" + fallbackFamilies + "; }\n"
                  + "code { font-family: \"" + EmbeddedFonts.MONO + "\", \"" + EmbeddedFonts.SANS
                  + "\"" + fallbackFamilies + "; }\n");
    }
    addOutline(document, head);
    return new W3CDom().fromJsoup(document);
  }

  /** A bookmark per section title, which openhtmltopdf reads from {@code <bookmarks>}. */
  private static void addOutline(Document document, Element head) {
    Element bookmarks = null;
    int number = 0;
    for (Element title : document.select("main section > h2, aside section > h2")) {
      number++;
      if (title.id().isEmpty()) {
        title.id("cvdsl-section-" + number);
      }
      if (bookmarks == null) {
        bookmarks = head.appendElement("bookmarks");
      }
      bookmarks.appendElement("bookmark").attr("name", title.text()).attr("href", "#" + title.id());
    }
  }

  private static String resource(String name) {
    try (InputStream in = PrintableHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the cv-pdf jar lacks " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the cv-pdf jar", e);
    }
  }
}
