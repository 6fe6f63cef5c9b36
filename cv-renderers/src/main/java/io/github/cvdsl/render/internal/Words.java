package io.github.cvdsl.render.internal;

import io.github.cvdsl.render.Languages;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fixed words the renderers add (labels, "present", "circa", separators), one table per
 * language, read from {@code io/github/cvdsl/render/words/<language>.properties}. English is the
 * table every other falls back to, key by key.
 */
public final class Words {

  private static final String FOLDER = "/io/github/cvdsl/render/words/";
  private static final Map<String, String> ENGLISH = LocaleTables.load(FOLDER, "en");
  private static final LocaleTables TABLES = new LocaleTables(FOLDER, tags());

  private Words() {}

  /** A table for each built-in language, and for the variants whose words differ. */
  private static Set<String> tags() {
    Set<String> tags = new HashSet<>(Languages.BUILT_IN);
    tags.add("zh-Hant");
    return tags;
  }

  /** The keys of every word, sorted. */
  public static Set<String> keys() {
    return ENGLISH.keySet();
  }

  /**
   * The English table.
   *
   * @return every word by key, sorted by key
   */
  public static Map<String, String> english() {
    return ENGLISH;
  }

  /**
   * The words for an English CV with {@code overrides} in place of the table's.
   *
   * @param overrides words by key; every key must be one of {@link #keys()}
   * @return every word by key, sorted by key
   */
  public static Map<String, String> with(Map<String, String> overrides) {
    if (overrides.isEmpty()) {
      return ENGLISH;
    }
    Map<String, String> words = new TreeMap<>(ENGLISH);
    words.putAll(overrides);
    return Collections.unmodifiableMap(words);
  }

  /**
   * The words of a CV in {@code locale}: its language's table over English, then the CV's own
   * words, then the render options' words.
   *
   * @param locale the CV's locale; a language without a table gets English
   * @param cvWords the words the CV's author set in {@code @Cv(words = ...)}
   * @param optionWords the words of the render options
   * @return every word by key, sorted by key
   */
  public static Map<String, String> of(
      Locale locale, Map<String, String> cvWords, Map<String, String> optionWords) {
    Map<String, String> language = TABLES.merged(locale);
    if (language.isEmpty() && cvWords.isEmpty()) {
      return with(optionWords);
    }
    Map<String, String> words = new TreeMap<>(ENGLISH);
    for (Map.Entry<String, String> word : language.entrySet()) {
      if (ENGLISH.containsKey(word.getKey())) {
        words.put(word.getKey(), word.getValue());
      }
    }
    for (Map.Entry<String, String> word : cvWords.entrySet()) {
      if (ENGLISH.containsKey(word.getKey())) {
        words.put(word.getKey(), word.getValue());
      }
    }
    words.putAll(optionWords);
    return Collections.unmodifiableMap(words);
  }
}
