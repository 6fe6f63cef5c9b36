package io.github.cvdsl.render;

import static java.util.Objects.requireNonNull;

import java.time.format.DateTimeFormatter;

/**
 * How dates and date ranges are written, e.g. {@code "Aug. '19 –"} or {@code "Aug 2019 – Present"}.
 * The words in them ("Present", "circa", the range's separator) come from the CV language's table
 * of fixed words, which {@link RenderOptions#withWord(String, String)} overrides.
 *
 * <p>Patterns are {@link DateTimeFormatter} patterns, applied in the CV's own locale ({@code
 * Cv.locale()}). In {@link #monthPattern} and {@link #dayPattern} the letters {@code MMM} stand for
 * the language's short month name followed by {@link #abbreviationMark} when the short name is
 * shorter than the full one: "Aug." but "May"; {@code MMMM} stands for the full name; {@code LLL}
 * and {@code LLLL} for the forms a language uses for a month alone (Russian "май", not "мая").
 *
 * <p>The patterns of {@link #COMPACT} and {@link #LONG} are English. A CV in another built-in
 * language (see {@link Languages}) gets the same two styles written with that language's CLDR
 * patterns: {@code COMPACT} its abbreviated month and year ({@code "août 2019"}, {@code "2019年8月"}),
 * {@code LONG} its full month and year, and a day in the language's own order. A style of your own
 * is applied as written in every language.
 *
 * <p>Month names come from this library's tables, generated from CLDR, never from the JDK's locale
 * data, which changes between JDK releases: a CV renders to the same bytes on every JDK. English
 * has January to December and Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec in every
 * region.
 *
 * @param yearPattern a year alone, e.g. {@code "''yy"} for {@code '19}
 * @param monthPattern a month, e.g. {@code "MMM ''yy"} for {@code Aug. '19}
 * @param dayPattern a day, e.g. {@code "d MMM ''yy"} for {@code 5 Aug. '19}
 * @param abbreviationMark what follows an abbreviated month name, e.g. {@code "."}; may be empty
 * @param openEndWord whether an open range ends with the word {@code present} ({@code "Aug 2019 –
 *     Present"}) or with the separator alone ({@code "Aug. '19 –"})
 * @param approximateYearPattern an approximate year, after the word {@code circa}, e.g. {@code
 *     "yyyy"} for {@code circa 2004}
 */
public record DateStyle(
    String yearPattern,
    String monthPattern,
    String dayPattern,
    String abbreviationMark,
    boolean openEndWord,
    String approximateYearPattern) {

  /**
   * Short and light: {@code "Aug. '19 –"}, {@code "Jan. '15 – Aug. '19"}, {@code "'12 – '14"},
   * {@code "May '14"}, {@code "circa 2004"}. The default.
   */
  public static final DateStyle COMPACT =
      new DateStyle("''yy", "MMM ''yy", "d MMM ''yy", ".", false, "yyyy");

  /** Four-digit years and a word for the present: {@code "Aug 2019 – Present"}. */
  public static final DateStyle LONG =
      new DateStyle("yyyy", "MMM yyyy", "d MMM yyyy", "", true, "yyyy");

  /**
   * Checks every part.
   *
   * @throws IllegalArgumentException if a pattern is not a valid {@link DateTimeFormatter} pattern
   */
  public DateStyle {
    requireValidPattern(yearPattern, "yearPattern");
    requireValidPattern(monthPattern, "monthPattern");
    requireValidPattern(dayPattern, "dayPattern");
    requireNonNull(abbreviationMark, "abbreviationMark");
    requireValidPattern(approximateYearPattern, "approximateYearPattern");
  }

  private static void requireValidPattern(String pattern, String name) {
    requireNonNull(pattern, name);
    try {
      DateTimeFormatter.ofPattern(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " is not a date pattern: '" + pattern + "': " + e.getMessage(), e);
    }
  }
}
