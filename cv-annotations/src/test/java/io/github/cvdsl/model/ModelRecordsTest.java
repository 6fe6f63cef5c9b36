package io.github.cvdsl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelRecordsTest {

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<Span> spans = new ArrayList<>(List.of(new Span.Plain("a")));
    Text text = new Text(spans);
    spans.add(new Span.Plain("b"));
    assertEquals(1, text.spans().size());
    assertThrows(UnsupportedOperationException.class, () -> text.spans().add(new Span.Plain("c")));
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> new Span.Plain(null));
    assertThrows(
        NullPointerException.class, () -> new Profile("GitHub", null, new Url("https://x.org")));
    List<Span> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> new Text(withNull));
  }

  @Test
  void isoDatesIgnoreTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      assertEquals("2004", new CvDate.OfYear(2004, true).iso());
      assertEquals("2019-08", new CvDate.OfMonth(YearMonth.of(2019, 8), false).iso());
      assertEquals("2019-08-05", new CvDate.OfDay(LocalDate.of(2019, 8, 5), false).iso());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void isoYearIsPaddedAsFormatPadsIt() {
    for (int year = -20_000; year <= 20_000; year++) {
      String expected = String.format(Locale.ROOT, "%04d", year);
      assertEquals(expected, new CvDate.OfYear(year, false).iso());
    }
    for (int year : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertEquals(String.format(Locale.ROOT, "%04d", year), new CvDate.OfYear(year, true).iso());
    }
  }

  @Test
  void datesAreEqualWhenEveryComponentIs() {
    List<CvDate> dates = differentDates();
    List<CvDate> copies = differentDates();
    for (int i = 0; i < dates.size(); i++) {
      for (int j = 0; j < copies.size(); j++) {
        CvDate date = dates.get(i);
        CvDate other = copies.get(j);
        assertEquals(i == j, date.equals(other), () -> date + " equals " + other);
      }
      assertEquals(dates.get(i).hashCode(), copies.get(i).hashCode(), dates.get(i).toString());
      assertNotEquals(null, dates.get(i));
    }
    assertEquals(dates.size(), new HashSet<>(copies).size());
  }

  /** New instances on every call; each date differs from the others in one component. */
  private static List<CvDate> differentDates() {
    return List.of(
        new CvDate.OfYear(2019, false),
        new CvDate.OfYear(2019, true),
        new CvDate.OfYear(2020, false),
        new CvDate.OfMonth(YearMonth.of(2019, 1), false),
        new CvDate.OfMonth(YearMonth.of(2019, 1), true),
        new CvDate.OfMonth(YearMonth.of(2019, 2), false),
        new CvDate.OfDay(LocalDate.of(2019, 1, 1), false),
        new CvDate.OfDay(LocalDate.of(2019, 1, 1), true),
        new CvDate.OfDay(LocalDate.of(2019, 1, 2), false));
  }

  @Test
  void plainTextKeepsLinkLabelsAndDropsMarkup() {
    Text text =
        new Text(
            List.of(
                new Span.Strong(List.of(new Span.Plain("Bold"))),
                new Span.Plain(" and "),
                new Span.Link(
                    List.of(new Span.Emphasis(List.of(new Span.Plain("a link")))),
                    new Url("https://x.org")),
                new Span.Code(" `x`")));
    assertEquals("Bold and a link `x`", text.plainText());
  }

  @Test
  void locationOnOneLineSkipsAbsentParts() {
    Location location =
        new Location(
            Optional.empty(),
            Optional.empty(),
            Optional.of("Bristol"),
            Optional.empty(),
            Optional.of("GB"));
    assertEquals("Bristol, GB", location.oneLine());
  }

  @Test
  void urlSchemeIsLowerCase() {
    assertEquals("https", new Url("HTTPS://kura.gg").scheme());
    assertEquals("", new Url("kura.gg").scheme());
  }
}
