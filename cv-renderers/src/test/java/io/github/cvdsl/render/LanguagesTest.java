package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in tables are complete, and a CV's language, region and own words pick its words. */
class LanguagesTest {

  /** Words that are the same in a language as in English, and rightly so. */
  private static final Set<String> SAME_AS_ENGLISH = Set.of("it.circa");

  private static final Set<String> SEPARATORS =
      Set.of(
          "rangeSeparator", "bylineSeparator", "separator", "listSeparator", "dash",
          "labelSeparator", "attribution");

  static List<String> languages() {
    return Languages.BUILT_IN;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everyLanguageHasEveryWordInItsOwnLanguage(String language) throws IOException {
    Properties english = table("words/en.properties");
    Properties words = table("words/" + language + ".properties");

    assertEquals(english.stringPropertyNames(), words.stringPropertyNames());
    if (!language.equals("en")) {
      for (String key : english.stringPropertyNames()) {
        if (!SEPARATORS.contains(key) && !SAME_AS_ENGLISH.contains(language + "." + key)) {
          assertNotEquals(english.getProperty(key), words.getProperty(key), language + "." + key);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everyLanguageHasMonthNamesAndPatterns(String language) throws IOException {
    Properties dates = table("dates/" + language + ".properties");
    Set<String> expected = new TreeSet<>();
    for (String context : List.of("format", "standalone")) {
      for (String width : List.of("wide", "abbreviated")) {
        for (int month = 1; month <= 12; month++) {
          expected.add("month." + context + "." + width + "." + month);
        }
      }
    }
    for (String pattern :
        List.of("year", "monthAbbreviated", "dayAbbreviated", "monthWide", "dayWide")) {
      expected.add("pattern." + pattern);
    }
    assertEquals(expected, dates.stringPropertyNames());
  }

  @Test
  void aRegionPicksItsVariant() {
    Cv day = withDates(new Dates.Single(new CvDate.OfDay(LocalDate.of(2019, 1, 22), false)));

    assertEquals("22 de jan. de 2019", byline(inLanguage(day, "pt-BR"), RenderOptions.defaults()));
    assertEquals("22/01/2019", byline(inLanguage(day, "pt-PT"), RenderOptions.defaults()));
    assertEquals("22. Jän. 2019", byline(inLanguage(day, "de-AT"), RenderOptions.defaults()));
    assertEquals("22. Jan. 2019", byline(inLanguage(day, "de-DE"), RenderOptions.defaults()));
    String simplified = markdown(inLanguage(CvFixtures.realistic(), "zh"));
    String traditional = markdown(inLanguage(CvFixtures.realistic(), "zh-TW"));
    assertTrue(simplified.contains("颁发机构"), simplified);
    assertTrue(traditional.contains("頒發機構") && !traditional.contains("颁发机构"), traditional);
    assertEquals(traditional, markdown(inLanguage(CvFixtures.realistic(), "zh-Hant-TW")));
  }

  @Test
  void inflectedMonthsTakeTheirFormWithinADateAndAlone() {
    Cv month = withDates(new Dates.Single(new CvDate.OfMonth(YearMonth.of(2019, 5), false)));
    Cv day = withDates(new Dates.Single(new CvDate.OfDay(LocalDate.of(2019, 5, 3), false)));
    RenderOptions longDates = RenderOptions.defaults().withDateStyle(DateStyle.LONG);

    assertEquals("май 2019\u202fг.", byline(inLanguage(month, "ru"), longDates));
    assertEquals("3 мая 2019\u202fг.", byline(inLanguage(day, "ru"), longDates));
    assertEquals("maj 2019", byline(inLanguage(month, "pl"), longDates));
    assertEquals("3 maja 2019", byline(inLanguage(day, "pl"), longDates));
  }

  @Test
  void aLanguageWithoutTablesGetsEnglishDatesAndWordsNotTheJdks() {
    Cv swahili = inLanguage(CvFixtures.realistic(), "sw");
    Cv english = inLanguage(CvFixtures.realistic(), "en");

    assertEquals(markdown(english), markdown(swahili));
    assertEquals(
        Renderers.characterRenderer("text").render(english),
        Renderers.characterRenderer("text").render(swahili));
  }

  @Test
  void theRenderOptionsWordsWinOverTheCvsWhichWinOverTheLanguages() {
    Cv cv =
        inLanguage(
            withDates(new Dates.Ongoing(new CvDate.OfMonth(YearMonth.of(2019, 8), false))),
            "de",
            Map.of("present", "jetzt", "rangeSeparator", " bis "));
    RenderOptions longDates = RenderOptions.defaults().withDateStyle(DateStyle.LONG);

    assertEquals("August 2019 bis jetzt", byline(cv, longDates));
    assertEquals("August 2019 bis nun", byline(cv, longDates.withWord("present", "nun")));
    assertEquals(
        "August 2019 – heute",
        byline(inLanguage(cv, "de", Map.of()), longDates));
  }

  @Test
  void countryNamesAreTheTablesInTheCvsLanguageAndEnglishWithoutOne() {
    assertTrue(markdown(inLanguage(CvFixtures.realistic(), "fr")).contains("Bristol, Royaume-Uni"));
    assertTrue(markdown(inLanguage(CvFixtures.realistic(), "ja")).contains("Bristol、イギリス"));
    assertTrue(
        markdown(inLanguage(CvFixtures.realistic(), "sw")).contains("Bristol, United Kingdom"));
  }

  @Test
  void rightToLeftLanguagesAndScripts() {
    for (String tag : List.of("ar", "ar-EG", "fa", "he", "ur", "yi", "az-Arab", "pa-Arab")) {
      assertTrue(Languages.isRightToLeft(Locale.forLanguageTag(tag)), tag);
    }
    for (String tag : List.of("en", "fr", "ja", "zh-TW", "ku-Latn", "ar-Latn", "tr")) {
      assertFalse(Languages.isRightToLeft(Locale.forLanguageTag(tag)), tag);
    }
  }

  @Test
  void norwegianIsWrittenInBokmal() {
    assertTrue(Languages.isBuiltIn(Locale.forLanguageTag("no")));
    assertEquals(
        markdown(inLanguage(CvFixtures.realistic(), "nb")).replace("lang=\"nb\"", ""),
        markdown(inLanguage(CvFixtures.realistic(), "no")).replace("lang=\"no\"", ""));
  }

  private static Cv withDates(Dates dates) {
    return CvFixtures.withDates(dates, "en");
  }

  private static Cv inLanguage(Cv cv, String language) {
    return inLanguage(cv, language, cv.words());
  }

  private static Cv inLanguage(Cv cv, String language, Map<String, String> words) {
    return CvFixtures.inLanguage(cv, language, words);
  }

  private static String markdown(Cv cv) {
    return Renderers.characterRenderer("markdown").render(cv);
  }

  /** The dates of the CV's one entry as the Markdown byline shows them. */
  private static String byline(Cv cv, RenderOptions options) {
    String markdown = Renderers.characterRenderer("markdown").withOptions(options).render(cv);
    for (String line : markdown.split("\n")) {
      int bullet = line.indexOf(" • ");
      if (bullet >= 0) {
        return line.substring(bullet + 3).replace("\\", "");
      }
    }
    throw new AssertionError("no byline in " + markdown);
  }

  private static Properties table(String name) throws IOException {
    Properties table = new Properties();
    try (InputStream in = Languages.class.getResourceAsStream(name)) {
      assertTrue(in != null, "no table " + name);
      table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return table;
  }
}
