package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private final String html = Renderers.characterRenderer("html").render(CvFixtures.realistic());
  private final Document document = Jsoup.parse(html);

  @Test
  void isValidHtml5WithoutWarnings() throws Exception {
    assertEquals(List.of(), Html5Validator.problems(html));
  }

  @Test
  void aHugeCvIsValidToo() throws Exception {
    String huge = Renderers.characterRenderer("html").render(CvFixtures.synthetic(40));

    assertEquals(List.of(), Html5Validator.problems(huge));
  }

  @Test
  void isSemantic() {
    assertEquals("en-GB", document.selectFirst("html").attr("lang"));
    assertEquals("Kura", document.selectFirst("header > h1").text());
    assertEquals("Experience", document.selectFirst("main > section > h2").text());
    assertEquals("BBC", document.selectFirst("section article h3").text());
    Element byline = document.selectFirst("section article .byline");
    assertEquals("Engineer • Aug. '19 –", byline.text());
    assertEquals("2019-08", byline.selectFirst("time").attr("datetime"));
    assertNotNull(document.selectFirst("time[datetime=2004]"));
    assertEquals(
        "Became someone that members from other teams approach with questions about BIDI & Radix",
        document.selectFirst("article ul > li > ul > li").text());
    assertEquals("Feedback loop system", document.selectFirst("li > strong").text());
    assertEquals("async def", document.selectFirst("main > p > code").text());
    assertEquals("Python", document.selectFirst("main > p > em").text());
  }

  @Test
  void isSelfContained() {
    assertTrue(document.select("script, link, img, iframe, object, embed").isEmpty());
    assertTrue(document.select("[src], [style]").isEmpty());
    String css = document.selectFirst("head > style").data();
    assertTrue(!css.contains("url(") && !css.contains("@import") && !css.contains("@font-face"));
  }

  @Test
  void fitsAPhoneAndPrintsOnAnyPaper() {
    assertEquals(
        "width=device-width, initial-scale=1",
        document.selectFirst("meta[name=viewport]").attr("content"));
    String css = document.selectFirst("head > style").data();
    assertTrue(css.contains("@media print"), css);
    assertTrue(css.contains("@page"), css);
    assertTrue(
        css.contains(
            "li, .byline, .facts, .line, blockquote p { break-inside: avoid;"
                + " page-break-inside: avoid; }"),
        css);
    // An entry longer than a page must be free to break, or it leaves a page blank before it.
    assertTrue(!css.contains(".entry { break-inside: avoid"), css);
    assertTrue(css.contains("max-width:"), css);
    // A fixed paper size would misprint on the other one.
    assertTrue(!css.contains("size: A4") && !css.contains("size: letter"), css);
  }

  @Test
  void linksOnlyToSafeSchemes() {
    Cv cv =
        withSummary(
            new Text(
                List.of(
                    new Span.Link(List.of(new Span.Plain("script")), new Url("javascript:alert(1)")),
                    new Span.Plain(" "),
                    new Span.Link(List.of(new Span.Plain("data")), new Url("data:text/html,x")),
                    new Span.Plain(" "),
                    new Span.Link(List.of(new Span.Plain("web")), new Url("https://example.com")),
                    new Span.Plain(" "),
                    new Span.Link(List.of(new Span.Plain("mail")), new Url("mailto:a@example.com")))));

    Document rendered = Jsoup.parse(Renderers.characterRenderer("html").render(cv));
    Element paragraph = rendered.selectFirst("main > p");

    assertEquals("script data web mail", paragraph.text());
    assertEquals(
        List.of("https://example.com", "mailto:a@example.com"),
        paragraph.select("a").eachAttr("href"));
  }

  @Test
  void escapesEveryHtmlSpecialCharacterInTextAndAttributes() {
    String special = "<b>\"quoted\" & 'single'</b>";
    Cv cv =
        withSummary(
            new Text(
                List.of(
                    new Span.Link(
                        List.of(new Span.Plain(special)), new Url("https://example.com/?a=1&b='x'")))));

    String rendered = Renderers.characterRenderer("html").render(cv);
    Element link = Jsoup.parse(rendered).selectFirst("main > p > a");

    assertEquals(special, link.text());
    assertEquals("https://example.com/?a=1&b='x'", link.attr("href"));
    assertTrue(rendered.contains("&lt;b&gt;&quot;quoted&quot; &amp; &#39;single&#39;&lt;/b&gt;"));
  }

  private static Cv withSummary(Text summary) {
    Cv base = CvFixtures.minimal();
    return new Cv(
        base.name(),
        base.label(),
        base.email(),
        base.phone(),
        base.website(),
        base.location(),
        List.of(summary),
        base.profiles(),
        base.sections(),
        base.language());
  }
}
