package io.github.cvdsl.render.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country names in a CV's language, from the tables that {@code tools/cldr/generate-date-tables.mjs}
 * writes from CLDR into {@code io/github/cvdsl/render/countries/}, never from the JDK's locale data
 * (JDK 17 and 25 name some countries differently). A language without a table gets English names.
 */
final class CountryNames {

  private static final String FOLDER = "/io/github/cvdsl/render/countries/";
  private static final LocaleTables TABLES =
      new LocaleTables(FOLDER, LocaleTables.listed(FOLDER));
  private static final Map<String, Map<String, String>> BY_CHAIN = new ConcurrentHashMap<>();

  private CountryNames() {}

  /**
   * The name of a country in {@code language}.
   *
   * @param countryCode an ISO 3166-1 alpha-2 code, e.g. {@code "GB"}
   * @param language the CV's locale
   * @return e.g. "Royaume-Uni" in French, or the code where no table names it
   */
  static String of(String countryCode, Locale language) {
    Locale tableLocale = TABLES.chain(language).isEmpty() ? Locale.ENGLISH : language;
    String key = String.join("/", TABLES.chain(tableLocale));
    Map<String, String> names = BY_CHAIN.get(key);
    if (names == null) {
      names = TABLES.merged(tableLocale);
      BY_CHAIN.put(key, names);
    }
    return names.getOrDefault("country." + countryCode, countryCode);
  }
}
