package io.github.cvdsl.render;

import io.github.cvdsl.render.internal.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages a CV can be written in with every date and fixed word in that language: month
 * names and date patterns from CLDR, and the renderers' words ("present", "circa", labels,
 * separators), in tables that ship with this library, so that output is the same bytes on every JDK.
 * A CV in another language gets English words and dates.
 */
public final class Languages {

  /** The languages with built-in tables, as BCP 47 language subtags, sorted. */
  public static final List<String> BUILT_IN =
      List.of(
          "ar", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hu", "id", "it",
          "ja", "ko", "nb", "nl", "pl", "pt", "ro", "ru", "sv", "tr", "uk", "vi", "zh");

  // Languages written right to left, whether or not they have tables here.
  private static final Set<String> RIGHT_TO_LEFT_LANGUAGES =
      Set.of(
          "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "lrc", "mzn", "ps", "sd", "syr", "ug",
          "ur", "yi");
  private static final Set<String> RIGHT_TO_LEFT_SCRIPTS =
      Set.of("Adlm", "Arab", "Hebr", "Nkoo", "Rohg", "Syrc", "Thaa");
  private static final Set<String> LEFT_TO_RIGHT_SCRIPTS = Set.of("Latn", "Cyrl");

  private Languages() {}

  /**
   * Whether a CV in {@code locale} gets its dates and words in its own language.
   *
   * @param locale e.g. {@code Locale.forLanguageTag("pt-BR")}
   * @return whether its language (here {@code pt}) is one of {@link #BUILT_IN}; Norwegian {@code
   *     no} is written in Bokmål, {@code nb}
   */
  public static boolean isBuiltIn(Locale locale) {
    String language = locale.getLanguage();
    return BUILT_IN.contains(language.equals("no") ? "nb" : language);
  }

  /**
   * Whether {@code locale}'s script runs right to left: HTML gets {@code dir="rtl"}.
   *
   * @param locale e.g. {@code Locale.forLanguageTag("ar")}
   * @return true for Arabic, Persian, Hebrew, Urdu and others written right to left, and for any
   *     language written in a right-to-left script ({@code az-Arab}); false for, e.g., {@code
   *     ku-Latn}
   */
  public static boolean isRightToLeft(Locale locale) {
    String script = locale.getScript();
    if (RIGHT_TO_LEFT_SCRIPTS.contains(script)) {
      return true;
    }
    return !LEFT_TO_RIGHT_SCRIPTS.contains(script)
        && RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage());
  }

  /**
   * The keys of the fixed words, which {@link RenderOptions#withWord(String, String)} and
   * {@code @Cv(words = @Word(key = ..., value = ...))} replace.
   *
   * @return the keys, sorted, e.g. {@code circa}, {@code present}, {@code score}
   */
  public static Set<String> wordKeys() {
    return Words.keys();
  }
}
