package io.github.cvdsl.render.internal;

import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.render.DateStyle;
import io.github.cvdsl.render.view.DatePointView;
import io.github.cvdsl.render.view.DatesView;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes dates in one {@link DateStyle}, one locale and one table of words. One instance serves
 * one render.
 */
public final class DatesFormatter {

  private final String separator;
  // The word that ends an open range, or null where the range ends with the separator.
  private final String present;
  private final String approximatePrefix;
  private final DateTimeFormatter year;
  private final DateTimeFormatter month;
  private final DateTimeFormatter day;
  private final DateTimeFormatter approximateYear;
  // Dates repeat across entries and formatting one costs far more than looking it up.
  private final Map<CvDate, DatePointView> points = new HashMap<>();

  /**
   * Prepares the formatters.
   *
   * @param style the patterns and words
   * @param locale the CV's locale, for month names and, with a built-in style, the patterns
   * @param words the fixed words: {@code rangeSeparator}, {@code present} and {@code circa}
   */
  public DatesFormatter(DateStyle style, Locale locale, Map<String, String> words) {
    DateTable table = DateTable.of(locale);
    style = table.localize(style);
    this.separator = words.get("rangeSeparator");
    this.present = style.openEndWord() ? words.get("present") : null;
    this.approximatePrefix = approximatePrefix(words.get("circa"));
    MonthNames names = table.names();
    String mark = style.abbreviationMark();
    MonthTexts months =
        new MonthTexts(
            byNumber(names.abbreviated(), names.full(), mark),
            byNumber(names.full(), names.full(), ""),
            byNumber(names.standaloneAbbreviated(), names.standaloneFull(), mark),
            byNumber(names.standaloneFull(), names.standaloneFull(), ""));
    this.year = formatter(style.yearPattern(), months, locale);
    this.month = formatter(style.monthPattern(), months, locale);
    this.day = formatter(style.dayPattern(), months, locale);
    this.approximateYear = formatter(style.approximateYearPattern(), months, locale);
  }

  /**
   * {@code dates} as templates see them.
   *
   * @param dates an entry's dates
   * @return the view, or empty for {@link Dates.None}
   */
  public Optional<DatesView> format(Dates dates) {
    if (dates instanceof Dates.Single single) {
      return Optional.of(single(point(single.date())));
    }
    if (dates instanceof Dates.Range range) {
      DatePointView start = point(range.start());
      DatePointView end = point(range.end());
      if (start.text().equals(end.text())) {
        return Optional.of(single(start));
      }
      return Optional.of(
          new DatesView(start, separator, end, null, start.text() + separator + end.text()));
    }
    if (dates instanceof Dates.Ongoing ongoing) {
      DatePointView start = point(ongoing.start());
      if (present == null) {
        String openSeparator = separator.stripTrailing();
        return Optional.of(
            new DatesView(start, openSeparator, null, null, start.text() + openSeparator));
      }
      return Optional.of(
          new DatesView(start, separator, null, present, start.text() + separator + present));
    }
    return Optional.empty();
  }

  /**
   * One date as templates see it.
   *
   * @param date a date
   * @return e.g. {@code "Aug. '19"} with ISO {@code "2019-08"}
   */
  public DatePointView point(CvDate date) {
    DatePointView point = points.get(date);
    if (point == null) {
      point = formatPoint(date);
      points.put(date, point);
    }
    return point;
  }

  private DatePointView formatPoint(CvDate date) {
    String text;
    if (date instanceof CvDate.OfYear ofYear) {
      text =
          date.approximate()
              ? approximateYear.format(Year.of(ofYear.year()))
              : year.format(Year.of(ofYear.year()));
    } else if (date instanceof CvDate.OfMonth ofMonth) {
      text = month.format(ofMonth.month());
    } else {
      text = day.format(((CvDate.OfDay) date).day());
    }
    if (date.approximate()) {
      text = approximatePrefix + text;
    }
    return new DatePointView(text, date.iso());
  }

  /**
   * The word circa and the space after it, which Chinese and Japanese do not write after an
   * ideograph or kana ("約2004年").
   */
  private static String approximatePrefix(String circa) {
    if (circa.isEmpty()) {
      return "";
    }
    Character.UnicodeScript script =
        Character.UnicodeScript.of(circa.codePointBefore(circa.length()));
    boolean unspaced =
        script == Character.UnicodeScript.HAN
            || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA;
    return unspaced ? circa : circa + " ";
  }

  private static DatesView single(DatePointView point) {
    return new DatesView(point, null, null, null, point.text());
  }

  /** The month names a pattern's letters stand for, by month number. */
  private record MonthTexts(
      Map<Long, String> abbreviated,
      Map<Long, String> full,
      Map<Long, String> standaloneAbbreviated,
      Map<Long, String> standaloneFull) {}

  /**
   * Month names by number, each followed by {@code mark} where it is shorter than its full name and
   * does not end with the mark already.
   */
  private static Map<Long, String> byNumber(List<String> names, List<String> fullNames, String mark) {
    Map<Long, String> byNumber = new HashMap<>();
    for (Month month : Month.values()) {
      String name = names.get(month.ordinal());
      boolean abbreviated =
          !mark.isEmpty() && !name.equals(fullNames.get(month.ordinal())) && !name.endsWith(mark);
      byNumber.put((long) month.getValue(), abbreviated ? name + mark : name);
    }
    return byNumber;
  }

  /**
   * A formatter for {@code pattern} in which {@code MMM} and {@code MMMM} (outside quotes) take this
   * library's month names in the form used within a date, and {@code LLL} and {@code LLLL} the form
   * used alone, rather than the JDK's, so that output is the same on every JDK.
   */
  private static DateTimeFormatter formatter(String pattern, MonthTexts months, Locale locale) {
    DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
    StringBuilder pending = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); ) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      if (!quoted && (c == 'M' || c == 'L')) {
        int run = 1;
        while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
          run++;
        }
        if (run == 3 || run == 4) {
          appendPattern(builder, pending);
          Map<Long, String> names =
              c == 'M'
                  ? (run == 3 ? months.abbreviated() : months.full())
                  : (run == 3 ? months.standaloneAbbreviated() : months.standaloneFull());
          builder.appendText(ChronoField.MONTH_OF_YEAR, names);
        } else {
          // A month's number reads the same alone as within a date.
          pending.append("M".repeat(run));
        }
        i += run;
        continue;
      }
      pending.append(c);
      i++;
    }
    appendPattern(builder, pending);
    return builder.toFormatter(locale);
  }

  private static void appendPattern(DateTimeFormatterBuilder builder, StringBuilder pending) {
    if (pending.length() > 0) {
      builder.appendPattern(pending.toString());
      pending.setLength(0);
    }
  }
}
