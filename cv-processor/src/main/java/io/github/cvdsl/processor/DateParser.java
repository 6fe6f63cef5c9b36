package io.github.cvdsl.processor;

import io.github.cvdsl.model.CvDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code yyyy}, {@code yyyy-MM} and {@code yyyy-MM-dd}, each with an optional {@code ~}. */
final class DateParser {
  private static final Pattern DATE = Pattern.compile("(~?)(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private DateParser() {}

  /** The date, or empty when {@code text} is not one; the caller words the problem. */
  static Optional<CvDate> parse(String text) {
    Matcher matcher = DATE.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    boolean approximate = !matcher.group(1).isEmpty();
    int year = Integer.parseInt(matcher.group(2));
    try {
      if (matcher.group(3) == null) {
        return Optional.of(new CvDate.OfYear(year, approximate));
      }
      int month = Integer.parseInt(matcher.group(3));
      if (matcher.group(4) == null) {
        return Optional.of(new CvDate.OfMonth(YearMonth.of(year, month), approximate));
      }
      int day = Integer.parseInt(matcher.group(4));
      return Optional.of(new CvDate.OfDay(LocalDate.of(year, month, day), approximate));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
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
