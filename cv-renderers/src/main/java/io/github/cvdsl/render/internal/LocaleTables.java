package io.github.cvdsl.render.internal;

import io.github.cvdsl.render.RenderException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the tables of one kind (words, dates) that this library ships per language, and finds the
 * ones a locale falls back through: {@code pt-PT} reads {@code pt-PT}, then {@code pt}; {@code
 * zh-TW} reads {@code zh-Hant}, then {@code zh}. Tables are read once and kept.
 */
final class LocaleTables {

  private static final Set<String> TRADITIONAL_CHINESE_REGIONS = Set.of("TW", "HK", "MO");

  private final String folder;
  private final Set<String> tags;
  private final Map<String, Map<String, String>> read = new ConcurrentHashMap<>();

  /**
   * The tables in {@code folder}.
   *
   * @param folder e.g. {@code "/io/github/cvdsl/render/dates/"}
   * @param tags the tags that have a table there
   */
  LocaleTables(String folder, Set<String> tags) {
    this.folder = folder;
    this.tags = tags;
  }

  /** The tags of the tables {@code locale} reads, the most specific first; empty for none. */
  List<String> chain(Locale locale) {
    String language = language(locale);
    String script = locale.getScript();
    String region = locale.getCountry();
    if (language.equals("zh") && script.isEmpty() && TRADITIONAL_CHINESE_REGIONS.contains(region)) {
      script = "Hant";
    }
    List<String> candidates = new ArrayList<>(4);
    if (!script.isEmpty() && !region.isEmpty()) {
      candidates.add(language + "-" + script + "-" + region);
    }
    if (!script.isEmpty()) {
      candidates.add(language + "-" + script);
    }
    if (!region.isEmpty()) {
      candidates.add(language + "-" + region);
    }
    candidates.add(language);
    List<String> chain = new ArrayList<>(candidates.size());
    for (String candidate : candidates) {
      if (tags.contains(candidate)) {
        chain.add(candidate);
      }
    }
    return chain;
  }

  /**
   * Every entry of the tables {@code locale} reads, the more specific table winning.
   *
   * @param locale a CV's locale
   * @return the entries by key, sorted; empty if no table serves the locale's language
   */
  Map<String, String> merged(Locale locale) {
    List<String> chain = chain(locale);
    Map<String, String> merged = new TreeMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      merged.putAll(table(chain.get(i)));
    }
    return merged;
  }

  /** The table of one tag, which must be one of the tags given. */
  Map<String, String> table(String tag) {
    Map<String, String> table = read.get(tag);
    if (table == null) {
      table = load(folder, tag);
      read.put(tag, table);
    }
    return table;
  }

  /** The language a table is named by: {@code no} is written in Bokmål ({@code nb}). */
  static String language(Locale locale) {
    String language = locale.getLanguage();
    return language.equals("no") ? "nb" : language;
  }

  /** The tags that {@code folder}'s {@code tables.list}, written with the tables, lists. */
  static Set<String> listed(String folder) {
    Set<String> tags = new TreeSet<>();
    InputStream in = LocaleTables.class.getResourceAsStream(folder + "tables.list");
    if (in == null) {
      throw new IllegalStateException("the cv-renderers jar lacks " + folder + "tables.list");
    }
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          tags.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + folder + "tables.list", e);
    }
    return tags;
  }

  static Map<String, String> load(String folder, String tag) {
    Properties table = new Properties();
    String name = folder + tag + ".properties";
    try (InputStream in = LocaleTables.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new RenderException("Missing table " + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        table.load(reader);
      }
    } catch (IOException e) {
      throw new RenderException("Cannot read the table " + name + ": " + e, e);
    }
    Map<String, String> entries = new TreeMap<>();
    for (String key : table.stringPropertyNames()) {
      entries.put(key, table.getProperty(key));
    }
    return Collections.unmodifiableMap(entries);
  }
}
