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
   * @param locale the CV's locale, for month names: fixed ones for English, the JDK's otherwise
   * @param words the fixed words: {@code rangeSeparator}, {@code present} and {@code circa}
   */
  public DatesFormatter(DateStyle style, Locale locale, Map<String, String> words) {
    this.separator = words.get("rangeSeparator");
    this.present = style.openEndWord() ? words.get("present") : null;
    this.approximatePrefix = words.get("circa") + " ";
    MonthNames names = MonthNames.of(locale);
    Map<Long, String> shortMonths = shortNames(names, style.abbreviationMark());
    Map<Long, String> fullMonths = fullNames(names);
    this.year = formatter(style.yearPattern(), shortMonths, fullMonths, locale);
    this.month = formatter(style.monthPattern(), shortMonths, fullMonths, locale);
    this.day = formatter(style.dayPattern(), shortMonths, fullMonths, locale);
    this.approximateYear =
        formatter(style.approximateYearPattern(), shortMonths, fullMonths, locale);
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

  private static DatesView single(DatePointView point) {
    return new DatesView(point, null, null, null, point.text());
  }

  /** Short month names, marked as abbreviated only where they are shorter than the full name. */
  private static Map<Long, String> shortNames(MonthNames names, String mark) {
    Map<Long, String> byNumber = new HashMap<>();
    for (Month month : Month.values()) {
      String shortName = names.abbreviated(month);
      boolean abbreviated = !shortName.equals(names.full(month)) && !shortName.endsWith(mark);
      byNumber.put((long) month.getValue(), abbreviated ? shortName + mark : shortName);
    }
    return byNumber;
  }

  private static Map<Long, String> fullNames(MonthNames names) {
    Map<Long, String> byNumber = new HashMap<>();
    for (Month month : Month.values()) {
      byNumber.put((long) month.getValue(), names.full(month));
    }
    return byNumber;
  }

  /**
   * A formatter for {@code pattern} in which {@code MMM} and {@code MMMM} (outside quotes) take our
   * month names rather than the JDK's, so that English output is the same on every JDK.
   */
  private static DateTimeFormatter formatter(
      String pattern, Map<Long, String> shortMonths, Map<Long, String> fullMonths, Locale locale) {
    DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
    StringBuilder pending = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); ) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      if (!quoted && c == 'M') {
        int run = 1;
        while (i + run < pattern.length() && pattern.charAt(i + run) == 'M') {
          run++;
        }
        if (run == 3 || run == 4) {
          appendPattern(builder, pending);
          builder.appendText(ChronoField.MONTH_OF_YEAR, run == 3 ? shortMonths : fullMonths);
        } else {
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
