package io.github.cvdsl.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.CvFixtures;
import io.github.cvdsl.render.DateStyle;
import io.github.cvdsl.render.Html5Validator;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderers;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example CV with its language set to French, German, Japanese and Arabic: every date and fixed
 * word in that language, in every text format, and Arabic right to left.
 */
class ExampleCvLanguagesTest {

  /** What English writes around the example's dates: its month names, "circa", "Present". */
  private static final Pattern ENGLISH_DATE_WORDS =
      Pattern.compile(
          "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b\\.? ?'\\d\\d|\\bcirca\\b"
              + "|\\bPresent\\b|'\\d\\d\\b");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | août 2019 –      | janv. 2015 – août 2019 | vers 2004  | août 2019 – aujourd’hui",
        "de | Aug. 2019 –      | Jan. 2015 – Aug. 2019  | ca. 2004   | August 2019 – heute",
        "ja | 2019年8月～        | 2015年1月～2019年8月     | 約2004年    | 2019年8月～現在",
        "ar | أغسطس 2019 –      | يناير 2015 – أغسطس 2019 | حوالي 2004 | أغسطس 2019 – حتى الآن"
      })
  void everyDateAndFixedWordIsInTheCvsLanguage(
      String language, String ongoing, String range, String approximate, String longOngoing) {
    Cv cv = inLanguage(language);
    RenderOptions longDates = RenderOptions.defaults().withDateStyle(DateStyle.LONG);
    for (String format : List.of("markdown", "text", "html")) {
      String compact = text(format, Renderers.characterRenderer(format).render(cv));
      String wide =
          text(format, Renderers.characterRenderer(format).withOptions(longDates).render(cv));

      assertTrue(compact.contains(ongoing), format + ": " + compact);
      assertTrue(compact.contains(range), format + ": " + compact);
      assertTrue(compact.contains(approximate), format + ": " + compact);
      assertTrue(wide.contains(longOngoing), format + ": " + wide);
      for (String rendered : List.of(compact, wide)) {
        Matcher english = ENGLISH_DATE_WORDS.matcher(rendered);
        assertFalse(english.find(), () -> format + " keeps English: " + english.group());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "fa", "he"})
  void rightToLeftLanguagesRunRightToLeftInValidHtml(String language) throws Exception {
    String html = Renderers.characterRenderer("html").render(inLanguage(language));
    Document document = Jsoup.parse(html);

    assertEquals("rtl", document.selectFirst("html").attr("dir"));
    assertEquals(language, document.selectFirst("html").attr("lang"));
    assertTrue(html.contains("[dir=\"rtl\"] ul { padding-left: 0; padding-right:"), html);
    assertEquals(List.of(), Html5Validator.problems(html));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "de", "ja", "en-GB"})
  void leftToRightLanguagesHaveNoDirection(String language) {
    String html = Renderers.characterRenderer("html").render(inLanguage(language));

    assertFalse(Jsoup.parse(html).selectFirst("html").hasAttr("dir"), html);
  }

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "text"})
  void arabicTextKeepsLogicalOrder(String format) {
    String rendered = Renderers.characterRenderer(format).render(inLanguage("ar"));

    // Logical order: the month's letters in the order they are written, never reversed for display,
    // and no bidi control characters added.
    assertTrue(rendered.contains("أغسطس 2019"), rendered);
    assertFalse(rendered.contains("سطغأ"), rendered);
    assertTrue(rendered.chars().noneMatch(c -> c >= 0x202a && c <= 0x202e), rendered);
  }

  /** What a reader sees: HTML as jsoup reads its text, the other formats as they are. */
  private static String text(String format, String rendered) {
    return format.equals("html") ? Jsoup.parse(rendered).body().text() : rendered;
  }

  private static Cv inLanguage(String language) {
    return CvFixtures.inLanguage(KuraCvModel.cv(), language, Map.of());
  }
}
