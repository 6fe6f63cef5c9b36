package io.github.cvdsl.render.internal;

import io.github.cvdsl.render.RenderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fixed words the renderers add (labels, "present", "circa", separators), one table per
 * language, read from {@code io/github/cvdsl/render/words/<language>.properties}. English is the
 * table every other falls back to, key by key.
 */
public final class Words {

  private static final String FOLDER = "/io/github/cvdsl/render/words/";
  private static final Map<String, String> ENGLISH = read("en");

  private Words() {}

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

  private static Map<String, String> read(String language) {
    Properties table = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(FOLDER + language + ".properties")) {
      if (in == null) {
        throw new RenderException("Missing words table " + FOLDER + language + ".properties");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        table.load(reader);
      }
    } catch (IOException e) {
      throw new RenderException("Cannot read words table for " + language + ": " + e, e);
    }
    Map<String, String> words = new TreeMap<>();
    for (String key : table.stringPropertyNames()) {
      words.put(key, table.getProperty(key));
    }
    return Collections.unmodifiableMap(words);
  }
}
