package io.github.cvdsl.render;

import static java.util.Objects.requireNonNull;

import java.time.format.DateTimeFormatter;

/**
 * How dates and date ranges are written, e.g. {@code "Aug. '19 –"} or {@code "Aug 2019 – Present"}.
 *
 * <p>Patterns are {@link DateTimeFormatter} patterns, applied in the CV's own locale ({@code
 * Cv.locale()}). In {@link #monthPattern} and {@link #dayPattern} the letters {@code MMM} stand for
 * the locale's short month name followed by {@link #abbreviationMark} when the short name is
 * shorter than the full one: "Aug." but "May"; {@code MMMM} stands for the full name.
 *
 * <p>Month names in English (any locale whose language is {@code en}) are fixed by this library:
 * January to December, and Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec, so that a
 * CV renders to the same bytes on every JDK. Month names in other languages come from the JDK's
 * locale data and may change between JDK releases.
 *
 * @param yearPattern a year alone, e.g. {@code "''yy"} for {@code '19}
 * @param monthPattern a month, e.g. {@code "MMM ''yy"} for {@code Aug. '19}
 * @param dayPattern a day, e.g. {@code "d MMM ''yy"} for {@code 5 Aug. '19}
 * @param abbreviationMark what follows an abbreviated month name, e.g. {@code "."}; may be empty
 * @param separator between the two ends of a range, e.g. {@code " – "}
 * @param present the end of a range still open, e.g. {@code "Present"}; if empty, an open range
 *     ends with the separator, trimmed: {@code "Aug. '19 –"}
 * @param approximatePrefix before an approximate date, e.g. {@code "circa "}
 * @param approximateYearPattern an approximate year, e.g. {@code "yyyy"} for {@code circa 2004}
 */
public record DateStyle(
    String yearPattern,
    String monthPattern,
    String dayPattern,
    String abbreviationMark,
    String separator,
    String present,
    String approximatePrefix,
    String approximateYearPattern) {

  /**
   * Short month names and two-digit years: {@code "Aug. '19 –"}, {@code "Jan. '15 – Aug. '19"},
   * {@code "'12 – '14"}, {@code "May '14"}, {@code "circa 2004"}. The default.
   */
  public static final DateStyle COMPACT =
      new DateStyle("''yy", "MMM ''yy", "d MMM ''yy", ".", " – ", "", "circa ", "yyyy");

  /** Four-digit years and a word for the present: {@code "Aug 2019 – Present"}. */
  public static final DateStyle LONG =
      new DateStyle("yyyy", "MMM yyyy", "d MMM yyyy", "", " – ", "Present", "circa ", "yyyy");

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
    requireNonNull(separator, "separator");
    requireNonNull(present, "present");
    requireNonNull(approximatePrefix, "approximatePrefix");
    requireValidPattern(approximateYearPattern, "approximateYearPattern");
  }

  /**
   * This style with another word for the end of an open range.
   *
   * @param present e.g. {@code "heute"}; empty to end open ranges with the separator
   * @return the new style
   */
  public DateStyle withPresent(String present) {
    return new DateStyle(
        yearPattern,
        monthPattern,
        dayPattern,
        abbreviationMark,
        separator,
        present,
        approximatePrefix,
        approximateYearPattern);
  }

  /**
   * This style with another prefix for approximate dates.
   *
   * @param approximatePrefix e.g. {@code "ca. "}
   * @return the new style
   */
  public DateStyle withApproximatePrefix(String approximatePrefix) {
    return new DateStyle(
        yearPattern,
        monthPattern,
        dayPattern,
        abbreviationMark,
        separator,
        present,
        approximatePrefix,
        approximateYearPattern);
  }

  /**
   * This style with another range separator.
   *
   * @param separator e.g. {@code " to "}
   * @return the new style
   */
  public DateStyle withSeparator(String separator) {
    return new DateStyle(
        yearPattern,
        monthPattern,
        dayPattern,
        abbreviationMark,
        separator,
        present,
        approximatePrefix,
        approximateYearPattern);
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
