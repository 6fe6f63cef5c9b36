package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as precise as the author wrote it: a year, a month or a day, possibly approximate ("circa
 * 2004").
 *
 * <p>The records spell out {@code equals} and {@code hashCode}, with the meaning a record's own
 * have: those are linked by {@code invokedynamic} on their first call, which builds method handle
 * chains; in a fresh JVM that loaded about 80 classes, 50 of them generated on the spot, when a
 * renderer first looked a date up in a map.
 */
public sealed interface CvDate {

  /** Whether the author marked the date as approximate, e.g. {@code "~2004"}. */
  boolean approximate();

  /** The year. */
  int year();

  /** The first day the date covers: 1 January for a year, the 1st for a month. */
  LocalDate firstDay();

  /** The date in ISO 8601 at its own precision, e.g. {@code "2019"}, {@code "2019-08"}. */
  String iso();

  /** A year, written {@code "2004"} or {@code "~2004"}. */
  record OfYear(int year, boolean approximate) implements CvDate {
    private static final int ISO_YEAR_DIGITS = 4;

    @Override
    public boolean equals(Object other) {
      return other instanceof OfYear that && year == that.year && approximate == that.approximate;
    }

    @Override
    public int hashCode() {
      return 31 * Integer.hashCode(year) + Boolean.hashCode(approximate);
    }

    @Override
    public LocalDate firstDay() {
      return LocalDate.of(year, 1, 1);
    }

    /**
     * The year in at least four digits, as {@code String.format("%04d", year)} writes it, without
     * {@code String.format}: its first call in a fresh JVM loads about a hundred classes (its
     * pattern parser, the locale's number symbols), and every render calls this one.
     */
    @Override
    public String iso() {
      String digits = Integer.toString(year);
      int sign = year < 0 ? 1 : 0;
      if (digits.length() >= ISO_YEAR_DIGITS) {
        return digits;
      }
      StringBuilder padded = new StringBuilder(ISO_YEAR_DIGITS).append(digits, 0, sign);
      for (int length = digits.length(); length < ISO_YEAR_DIGITS; length++) {
        padded.append('0');
      }
      return padded.append(digits, sign, digits.length()).toString();
    }
  }

  /** A month, written {@code "2019-08"}. */
  record OfMonth(YearMonth month, boolean approximate) implements CvDate {
    public OfMonth {
      requireNonNull(month, "month");
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof OfMonth that
          && month.equals(that.month)
          && approximate == that.approximate;
    }

    @Override
    public int hashCode() {
      return 31 * month.hashCode() + Boolean.hashCode(approximate);
    }

    @Override
    public int year() {
      return month.getYear();
    }

    @Override
    public LocalDate firstDay() {
      return month.atDay(1);
    }

    @Override
    public String iso() {
      return month.toString();
    }
  }

  /** A day, written {@code "2019-08-05"}. */
  record OfDay(LocalDate day, boolean approximate) implements CvDate {
    public OfDay {
      requireNonNull(day, "day");
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof OfDay that && day.equals(that.day) && approximate == that.approximate;
    }

    @Override
    public int hashCode() {
      return 31 * day.hashCode() + Boolean.hashCode(approximate);
    }

    @Override
    public int year() {
      return day.getYear();
    }

    @Override
    public LocalDate firstDay() {
      return day;
    }

    @Override
    public String iso() {
      return day.toString();
    }
  }
}
