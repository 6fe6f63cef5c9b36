package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A date as precise as the author wrote it: a year, a month or a day, possibly approximate ("circa
 * 2004").
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
    @Override
    public LocalDate firstDay() {
      return LocalDate.of(year, 1, 1);
    }

    @Override
    public String iso() {
      return String.format(Locale.ROOT, "%04d", year);
    }
  }

  /** A month, written {@code "2019-08"}. */
  record OfMonth(YearMonth month, boolean approximate) implements CvDate {
    public OfMonth {
      requireNonNull(month, "month");
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
