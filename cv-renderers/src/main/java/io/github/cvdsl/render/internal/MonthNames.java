package io.github.cvdsl.render.internal;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The month names a CV is written with. English names are fixed here, because the JDK's locale
 * data changes between releases (JDK 17 writes September in British English as "Sept") and
 * rendered output must be the same bytes on every JDK. Other languages take the JDK's names.
 *
 * @param full e.g. "January", indexed from 0 for January
 * @param abbreviated e.g. "Jan", indexed from 0 for January
 */
record MonthNames(List<String> full, List<String> abbreviated) {

  private static final MonthNames ENGLISH =
      new MonthNames(
          List.of(
              "January",
              "February",
              "March",
              "April",
              "May",
              "June",
              "July",
              "August",
              "September",
              "October",
              "November",
              "December"),
          List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"));

  /**
   * The month names of {@code locale}'s language.
   *
   * @param locale the CV's locale
   * @return the fixed English names for any English locale, else the JDK's
   */
  static MonthNames of(Locale locale) {
    if (locale.getLanguage().equals("en")) {
      return ENGLISH;
    }
    return new MonthNames(fromJdk(TextStyle.FULL, locale), fromJdk(TextStyle.SHORT, locale));
  }

  private static List<String> fromJdk(TextStyle style, Locale locale) {
    String[] names = new String[12];
    for (Month month : Month.values()) {
      names[month.ordinal()] = month.getDisplayName(style, locale);
    }
    return List.of(names);
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
