package io.github.cvdsl.processor;

import io.github.cvdsl.model.CvDate;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code yyyy}, {@code yyyy-MM} and {@code yyyy-MM-dd}, each with an optional {@code ~}. */
final class DateParser {
  private static final Pattern DATE = Pattern.compile("(~?)(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private DateParser() {}

  /** The date, or empty when {@code text} is not one. */
  static Optional<CvDate> parse(String text) {
    return check("date", text).toOptional();
  }

  /**
   * The date, or why {@code text} is not one, worded for the element named {@code what}: a month or
   * day that does not exist is told apart from text that is not written as a date at all.
   */
  static Checked<CvDate> check(String what, String text) {
    Matcher matcher = DATE.matcher(text);
    if (!matcher.matches()) {
      return Checked.problem(Message.DATE_SYNTAX.format(what, text));
    }
    boolean approximate = !matcher.group(1).isEmpty();
    int year = Integer.parseInt(matcher.group(2));
    if (matcher.group(3) == null) {
      return Checked.ok(new CvDate.OfYear(year, approximate));
    }
    int month = Integer.parseInt(matcher.group(3));
    if (month < 1 || month > 12) {
      return Checked.problem(Message.NO_SUCH_MONTH.format(what, text, matcher.group(3)));
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (matcher.group(4) == null) {
      return Checked.ok(new CvDate.OfMonth(yearMonth, approximate));
    }
    int day = Integer.parseInt(matcher.group(4));
    if (!yearMonth.isValidDay(day)) {
      return Checked.problem(
          Message.NO_SUCH_DAY.format(
              what, text, monthName(yearMonth.getMonth()), year, yearMonth.lengthOfMonth()));
    }
    return Checked.ok(new CvDate.OfDay(LocalDate.of(year, month, day), approximate));
  }

  /** The English name, from the enum: the JDK's localised month names vary with its version. */
  private static String monthName(Month month) {
    String name = month.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code end} lies before {@code start}, compared at the precision both have: "2019" is
   * not before "2019-08".
   */
  static boolean isBefore(CvDate end, CvDate start) {
    int byYear = Integer.compare(end.year(), start.year());
    if (byYear != 0 || end instanceof CvDate.OfYear || start instanceof CvDate.OfYear) {
      return byYear < 0;
    }
    int byMonth = Integer.compare(end.firstDay().getMonthValue(), start.firstDay().getMonthValue());
    if (byMonth != 0 || end instanceof CvDate.OfMonth || start instanceof CvDate.OfMonth) {
      return byMonth < 0;
    }
    return end.firstDay().isBefore(start.firstDay());
  }
}
