package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML's looks ({@code html.look}): classic by default; sidebar puts the contacts and the
 * sections of only skills, languages and interests beside the rest, in valid HTML, losing nothing.
 */
class LookTest {

  private static String html(Cv cv, String look) {
    return Renderers.characterRenderer(
            "html", RenderOptions.defaults().withFormatOption("html.look", look))
        .render(cv);
  }

  static List<Cv> cvs() {
    return List.of(CvFixtures.realistic(), CvFixtures.minimal(), CvFixtures.synthetic(3));
  }

  @Test
  void classicIsTheDefault() {
    Cv cv = CvFixtures.realistic();
    assertEquals(Renderers.characterRenderer("html").render(cv), html(cv, "classic"));
  }

  @ParameterizedTest
  @MethodSource("cvs")
  void theSidebarLookIsValidAndHoldsTheClassicLooksText(Cv cv) throws Exception {
    String sidebar = html(cv, "sidebar");
    assertEquals(List.of(), Html5Validator.problems(sidebar));

    Document classic = Jsoup.parse(html(cv, "classic"));
    Document side = Jsoup.parse(sidebar);
    assertEquals(
        classic.select("h1, h2, h3, p, li").eachText().stream().sorted().toList(),
        side.select("h1, h2, h3, p, li").eachText().stream().sorted().toList(),
        "the same headings, paragraphs and bullets, rearranged");
    for (var section : side.select("aside section")) {
      assertTrue(
          section.select(".entry").stream()
              .allMatch(
                  entry ->
                      entry.hasClass("skill")
                          || entry.hasClass("language")
                          || entry.hasClass("interest")),
          section::outerHtml);
    }
    assertEquals(side.select("main").size(), 1);
    assertEquals(
        classic.select("header .contact li").eachText(), side.select("aside .contact li").eachText());
  }

  @Test
  void anUnknownLookOrHtmlOptionIsARenderExceptionThatNamesIt() {
    RenderException look =
        assertThrows(RenderException.class, () -> html(CvFixtures.realistic(), "columns"));
    assertEquals(
        "the HTML look 'columns' (format option html.look, -Acvdsl.html.look) is not known:"
            + " write classic or sidebar",
        look.getMessage());
    RenderException option =
        assertThrows(
            RenderException.class,
            () ->
                Renderers.byId(
                    "html", RenderOptions.defaults().withFormatOption("html.layout", "x")));
    assertTrue(option.getMessage().contains("html.layout"), option::getMessage);
  }
}
