package io.github.cvdsl.render.internal;

import io.github.cvdsl.render.DateStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The month names and date patterns of one language, from the tables that {@code
 * tools/cldr/generate-date-tables.mjs} writes from CLDR into {@code io/github/cvdsl/render/dates/}.
 * English, and every language without a table, is written in this library's house style ({@link
 * DateStyle#COMPACT}, {@link DateStyle#LONG}) with CLDR's English month names.
 *
 * @param names the month names
 * @param english whether the dates are English
 * @param table the table's entries, including the patterns {@code pattern.year}, {@code
 *     pattern.monthAbbreviated}, {@code pattern.dayAbbreviated}, {@code pattern.monthWide} and
 *     {@code pattern.dayWide}
 */
record DateTable(MonthNames names, boolean english, Map<String, String> table) {

  private static final String FOLDER = "/io/github/cvdsl/render/dates/";
  private static final LocaleTables TABLES = new LocaleTables(FOLDER, LocaleTables.listed(FOLDER));
  private static final Map<String, DateTable> BY_CHAIN = new ConcurrentHashMap<>();

  /** The table for {@code locale}, falling back through its region and script to its language. */
  static DateTable of(Locale locale) {
    String language = LocaleTables.language(locale);
    Locale tableLocale =
        language.equals("en") || TABLES.chain(locale).isEmpty() ? Locale.ENGLISH : locale;
    String key = String.join("/", TABLES.chain(tableLocale));
    DateTable table = BY_CHAIN.get(key);
    if (table == null) {
      Map<String, String> entries = TABLES.merged(tableLocale);
      table = new DateTable(MonthNames.of(entries), tableLocale == Locale.ENGLISH, entries);
      BY_CHAIN.put(key, table);
    }
    return table;
  }

  /**
   * The style as this language writes it: the built-in styles take the language's own patterns,
   * {@link DateStyle#COMPACT} abbreviated months and {@link DateStyle#LONG} full ones; English and
   * a style of the caller's own are used as they are.
   */
  DateStyle localize(DateStyle style) {
    if (english) {
      return style;
    }
    String year = table.get("pattern.year");
    if (style.equals(DateStyle.COMPACT)) {
      return new DateStyle(
          year,
          table.get("pattern.monthAbbreviated"),
          table.get("pattern.dayAbbreviated"),
          "",
          false,
          year);
    }
    if (style.equals(DateStyle.LONG)) {
      return new DateStyle(
          year, table.get("pattern.monthWide"), table.get("pattern.dayWide"), "", true, year);
    }
    return style;
  }
}
