package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Dates as the Markdown byline shows them, "Engineer • <dates>". */
class DateStyleTest {

  private static final CvDate AUG_2019 = new CvDate.OfMonth(YearMonth.of(2019, 8), false);
  private static final CvDate JAN_2015 = new CvDate.OfMonth(YearMonth.of(2015, 1), false);
  private static final CvDate MAY_2014 = new CvDate.OfMonth(YearMonth.of(2014, 5), false);

  @Test
  void compactStyleWritesShortMonthsAndYears() {
    assertEquals("Aug. '19 –", byline(new Dates.Ongoing(AUG_2019), DateStyle.COMPACT, "en-GB"));
    assertEquals(
        "Jan. '15 – Aug. '19", byline(new Dates.Range(JAN_2015, AUG_2019), DateStyle.COMPACT, "en-GB"));
    assertEquals(
        "'12 – '14",
        byline(
            new Dates.Range(new CvDate.OfYear(2012, false), new CvDate.OfYear(2014, false)),
            DateStyle.COMPACT,
            "en-GB"));
    assertEquals(
        "circa 2004", byline(new Dates.Single(new CvDate.OfYear(2004, true)), DateStyle.COMPACT, "en"));
    assertEquals("May '14", byline(new Dates.Single(MAY_2014), DateStyle.COMPACT, "en-GB"));
  }

  @Test
  void compactStyleIsTheDefault() {
    assertEquals(DateStyle.COMPACT, RenderOptions.defaults().dateStyle());
  }

  @Test
  void longStyleNamesThePresent() {
    assertEquals("Aug 2019 – Present", byline(new Dates.Ongoing(AUG_2019), DateStyle.LONG, "en"));
    assertEquals(
        "5 Aug 2019",
        byline(
            new Dates.Single(new CvDate.OfDay(LocalDate.of(2019, 8, 5), false)),
            DateStyle.LONG,
            "en"));
  }

  @Test
  void monthNamesFollowTheCvsLanguageWithoutDoublingADot() {
    String german = byline(new Dates.Single(AUG_2019), DateStyle.COMPACT, "de-DE");
    String french = byline(new Dates.Single(AUG_2019), DateStyle.LONG, "fr-FR");

    assertTrue(german.startsWith("Aug.") && !german.contains(".."), german);
    assertEquals("août 2019", french);
  }

  /** One month's names as a CV in English shows them, written out by hand. */
  private record EnglishMonth(int number, String full, String compactShort, String longShort) {}

  private static final List<EnglishMonth> ENGLISH_MONTHS =
      List.of(
          new EnglishMonth(1, "January", "Jan.", "Jan"),
          new EnglishMonth(2, "February", "Feb.", "Feb"),
          new EnglishMonth(3, "March", "Mar.", "Mar"),
          new EnglishMonth(4, "April", "Apr.", "Apr"),
          new EnglishMonth(5, "May", "May", "May"),
          new EnglishMonth(6, "June", "Jun.", "Jun"),
          new EnglishMonth(7, "July", "Jul.", "Jul"),
          new EnglishMonth(8, "August", "Aug.", "Aug"),
          new EnglishMonth(9, "September", "Sep.", "Sep"),
          new EnglishMonth(10, "October", "Oct.", "Oct"),
          new EnglishMonth(11, "November", "Nov.", "Nov"),
          new EnglishMonth(12, "December", "Dec.", "Dec"));

  static Stream<Arguments> englishMonthsInEnglishLocales() {
    return Stream.of("en", "en-GB", "en-US", "en-AU", "en-IN")
        .flatMap(language -> ENGLISH_MONTHS.stream().map(month -> Arguments.of(month, language)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("englishMonthsInEnglishLocales")
  void englishMonthNamesAreFixedWhateverTheJdksLocaleData(EnglishMonth names, String language) {
    Dates month = new Dates.Single(new CvDate.OfMonth(YearMonth.of(2019, names.number()), false));
    Dates day = new Dates.Single(new CvDate.OfDay(LocalDate.of(2019, names.number(), 5), false));
    DateStyle fullNames =
        new DateStyle("yyyy", "MMMM yyyy", "d MMMM yyyy", ".", " – ", "", "", "yyyy");

    assertEquals(names.compactShort() + " '19", byline(month, DateStyle.COMPACT, language));
    assertEquals("5 " + names.compactShort() + " '19", byline(day, DateStyle.COMPACT, language));
    assertEquals(names.longShort() + " 2019", byline(month, DateStyle.LONG, language));
    assertEquals("5 " + names.longShort() + " 2019", byline(day, DateStyle.LONG, language));
    assertEquals(names.full() + " 2019", byline(month, fullNames, language));
    assertEquals("5 " + names.full() + " 2019", byline(day, fullNames, language));
  }

  @Test
  void compactDatesAreTheSameInEveryEnglishLocale() {
    for (String language : List.of("en", "en-GB", "en-US")) {
      assertEquals("Aug. '19 –", byline(new Dates.Ongoing(AUG_2019), DateStyle.COMPACT, language));
      assertEquals("May '14", byline(new Dates.Single(MAY_2014), DateStyle.COMPACT, language));
      assertEquals(
          "Sep. '20",
          byline(new Dates.Single(new CvDate.OfMonth(YearMonth.of(2020, 9), false)), DateStyle.COMPACT, language));
      assertEquals(
          "Aug 2019 – Present", byline(new Dates.Ongoing(AUG_2019), DateStyle.LONG, language));
    }
  }

  @Test
  void aRangeWhoseEndsLookAlikeShowsOnce() {
    CvDate start = new CvDate.OfDay(LocalDate.of(2019, 8, 1), false);
    CvDate end = new CvDate.OfDay(LocalDate.of(2019, 8, 1), false);

    assertEquals("1 Aug 2019", byline(new Dates.Range(start, end), DateStyle.LONG, "en"));
  }

  @Test
  void partsOfAStyleCanBeChanged() {
    DateStyle style =
        DateStyle.LONG.withSeparator(" to ").withPresent("now").withApproximatePrefix("c. ");

    assertEquals("Aug 2019 to now", byline(new Dates.Ongoing(AUG_2019), style, "en"));
    assertEquals(
        "c. 2004", byline(new Dates.Single(new CvDate.OfYear(2004, true)), style, "en"));
  }

  @Test
  void aBadPatternIsRejectedWithItsName() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new DateStyle("yyyy", "MMM {", "d MMM", "", " – ", "", "", "yyyy"));

    assertTrue(error.getMessage().contains("monthPattern"), error.getMessage());
  }

  private static String byline(Dates dates, DateStyle style, String language) {
    String markdown =
        Renderers.byId("markdown", RenderOptions.defaults().withDateStyle(style))
            .render(CvFixtures.withDates(dates, language));
    String prefix = "Engineer • ";
    return markdown
        .lines()
        .filter(line -> line.startsWith(prefix))
        .map(line -> line.substring(prefix.length()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no byline in\n" + markdown));
  }
}
