package io.github.cvdsl.render.internal;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The month names a CV is written with, from this library's CLDR tables and never from the JDK's
 * locale data, which changes between releases (JDK 17 writes September in British English as
 * "Sept"): rendered output must be the same bytes on every JDK. Each list is indexed from 0 for
 * January.
 *
 * @param full e.g. "January"; where a language inflects, the form used within a date ("d MMMM y")
 * @param abbreviated e.g. "Jan", the form used within a date
 * @param standaloneFull the form used alone or with a year only ({@code LLLL} in a pattern)
 * @param standaloneAbbreviated the abbreviated form used alone ({@code LLL})
 */
record MonthNames(
    List<String> full,
    List<String> abbreviated,
    List<String> standaloneFull,
    List<String> standaloneAbbreviated) {

  /** The names in a date table, whose keys are {@code month.<context>.<width>.<1-12>}. */
  static MonthNames of(Map<String, String> table) {
    return new MonthNames(
        names(table, "month.format.wide."),
        names(table, "month.format.abbreviated."),
        names(table, "month.standalone.wide."),
        names(table, "month.standalone.abbreviated."));
  }

  private static List<String> names(Map<String, String> table, String prefix) {
    List<String> names = new ArrayList<>(12);
    for (int number = 1; number <= 12; number++) {
      String name = table.get(prefix + number);
      if (name == null) {
        throw new IllegalStateException("the date table lacks " + prefix + number);
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /** The full name of {@code month}, e.g. "September". */
  String full(Month month) {
    return full.get(month.ordinal());
  }

  /** The abbreviated name of {@code month}, e.g. "Sep". */
  String abbreviated(Month month) {
    return abbreviated.get(month.ordinal());
  }
}
