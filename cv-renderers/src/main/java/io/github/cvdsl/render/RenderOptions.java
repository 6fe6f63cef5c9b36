package io.github.cvdsl.render;

import static java.util.Objects.requireNonNull;

import io.github.cvdsl.render.internal.Words;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a renderer lays a CV out. Immutable; change it with the {@code with...} methods, which
 * return a copy.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.defaults()
 *     .withWidth(72)
 *     .withDateStyle(DateStyle.LONG)
 *     .withSectionTitle("Experience", "Work")
 *     .withTheme(Theme.directory(Path.of("src/cv-theme")));
 * }</pre>
 *
 * @param width the column the plain-text renderer wraps at, counted in code points; at least
 *     {@value #MIN_WIDTH}
 * @param dateStyle how dates are written
 * @param sectionTitles shown titles by the author's section title; a section missing here keeps its
 *     own title
 * @param words fixed words in place of the table's, by key (see {@link #withWord(String, String)})
 * @param theme where templates come from
 * @param formatOptions settings that only one format reads, by key {@code <renderer id>.<name>},
 *     e.g. {@code "pdf.page"}; each renderer lists its keys in {@link Renderer#formatOptionKeys()}
 *     and rejects a value it cannot use (see {@link #withFormatOption(String, String)})
 */
public record RenderOptions(
    int width,
    DateStyle dateStyle,
    Map<String, String> sectionTitles,
    Map<String, String> words,
    Theme theme,
    Map<String, String> formatOptions) {

  /** The narrowest text width accepted: room for a nested bullet and a few words. */
  public static final int MIN_WIDTH = 20;

  /** The default text width. */
  public static final int DEFAULT_WIDTH = 80;

  private static final RenderOptions DEFAULTS =
      new RenderOptions(
          DEFAULT_WIDTH, DateStyle.COMPACT, Map.of(), Map.of(), Theme.builtIn(), Map.of());

  /**
   * Checks and copies every part.
   *
   * @throws IllegalArgumentException if {@code width} is below {@value #MIN_WIDTH}, a word's key
   *     is not in the table of fixed words, or a format option's key is not {@code <id>.<name>}
   */
  public RenderOptions {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ": " + width);
    }
    requireNonNull(dateStyle, "dateStyle");
    // Loops, not lambdas: these run at class initialisation, on every cold start.
    for (Map.Entry<String, String> title : sectionTitles.entrySet()) {
      requireNonNull(title.getKey(), "a section title override's key");
      requireNonNull(title.getValue(), "the override of section " + title.getKey());
    }
    // Sorted, so that anything that ever lists the overrides lists them in one order.
    sectionTitles = Collections.unmodifiableMap(new TreeMap<>(sectionTitles));
    for (Map.Entry<String, String> word : words.entrySet()) {
      if (!Words.keys().contains(word.getKey())) {
        throw new IllegalArgumentException(
            "no fixed word is called '" + word.getKey() + "': the keys are " + Words.keys());
      }
      requireNonNull(word.getValue(), "the word " + word.getKey());
    }
    words = Collections.unmodifiableMap(new TreeMap<>(words));
    requireNonNull(theme, "theme");
    for (Map.Entry<String, String> option : formatOptions.entrySet()) {
      String key = requireNonNull(option.getKey(), "a format option's key");
      int dot = key.indexOf('.');
      if (dot <= 0 || dot == key.length() - 1) {
        throw new IllegalArgumentException(
            "a format option's key is <renderer id>.<name>, e.g. pdf.page: " + key);
      }
      requireNonNull(option.getValue(), "the format option " + key);
    }
    formatOptions = Collections.unmodifiableMap(new TreeMap<>(formatOptions));
  }

  /**
   * Width 80, {@link DateStyle#COMPACT}, no title or word overrides, the built-in theme, no format
   * options.
   */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The title to show for a section the author called {@code authorTitle}.
   *
   * @param authorTitle the title in the model
   * @return its override, or {@code authorTitle}
   */
  public String sectionTitle(String authorTitle) {
    return sectionTitles.getOrDefault(authorTitle, authorTitle);
  }

  /**
   * These options with another text width.
   *
   * @param width at least {@value #MIN_WIDTH}
   * @return the new options
   */
  public RenderOptions withWidth(int width) {
    return new RenderOptions(width, dateStyle, sectionTitles, words, theme, formatOptions);
  }

  /**
   * These options with another date style.
   *
   * @param dateStyle e.g. {@link DateStyle#LONG}
   * @return the new options
   */
  public RenderOptions withDateStyle(DateStyle dateStyle) {
    return new RenderOptions(width, dateStyle, sectionTitles, words, theme, formatOptions);
  }

  /**
   * These options with one more section title override.
   *
   * @param authorTitle the title in the model, e.g. {@code "Experience"}
   * @param shownTitle the title to show, e.g. {@code "Work"}
   * @return the new options
   */
  public RenderOptions withSectionTitle(String authorTitle, String shownTitle) {
    Map<String, String> titles = new TreeMap<>(sectionTitles);
    titles.put(requireNonNull(authorTitle, "authorTitle"), requireNonNull(shownTitle, "shownTitle"));
    return new RenderOptions(width, dateStyle, titles, words, theme, formatOptions);
  }

  /**
   * These options with all section title overrides replaced.
   *
   * @param sectionTitles shown titles by the author's title
   * @return the new options
   */
  public RenderOptions withSectionTitles(Map<String, String> sectionTitles) {
    return new RenderOptions(width, dateStyle, sectionTitles, words, theme, formatOptions);
  }

  /**
   * These options with one fixed word replaced, for every format: a label ({@code "score"}, {@code
   * "courses"}, {@code "awardedBy"}, ...), a date word ({@code "present"}, {@code "circa"}) or a
   * separator ({@code "rangeSeparator"}, {@code "separator"}, ...). The keys and the English words
   * are in {@code io/github/cvdsl/render/words/en.properties}. A word set here wins over the CV
   * language's table and over the CV's own words ({@code @Cv(words = ...)}, {@code Cv.words()}).
   *
   * @param key e.g. {@code "present"}
   * @param word e.g. {@code "today"}
   * @return the new options
   * @throws IllegalArgumentException if no fixed word is called {@code key}
   */
  public RenderOptions withWord(String key, String word) {
    Map<String, String> replaced = new TreeMap<>(words);
    replaced.put(requireNonNull(key, "key"), requireNonNull(word, "word"));
    return new RenderOptions(width, dateStyle, sectionTitles, replaced, theme, formatOptions);
  }

  /**
   * These options with another theme.
   *
   * @param theme e.g. {@code Theme.directory(path)} or {@code Theme.parse(optionValue)}
   * @return the new options
   */
  public RenderOptions withTheme(Theme theme) {
    return new RenderOptions(width, dateStyle, sectionTitles, words, theme, formatOptions);
  }

  /**
   * The value of one format option.
   *
   * @param key {@code <renderer id>.<name>}, e.g. {@code "pdf.page"}
   * @return its value, or empty if it is not set
   */
  public Optional<String> formatOption(String key) {
    return Optional.ofNullable(formatOptions.get(requireNonNull(key, "key")));
  }

  /**
   * These options with one format option set: a setting only one format reads, such as the PDF's
   * page size ({@code withFormatOption("pdf.page", "letter")}). At compile time the same setting is
   * {@code -Acvdsl.pdf.page=letter}. The renderer checks the value when it is made with these
   * options, and throws a {@link RenderException} naming the key if it cannot use it.
   *
   * @param key {@code <renderer id>.<name>}, e.g. {@code "pdf.page"}
   * @param value e.g. {@code "letter"}
   * @return the new options
   * @throws IllegalArgumentException if {@code key} is not {@code <renderer id>.<name>}
   */
  public RenderOptions withFormatOption(String key, String value) {
    Map<String, String> options = new TreeMap<>(formatOptions);
    options.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
    return new RenderOptions(width, dateStyle, sectionTitles, words, theme, options);
  }
}
