package io.github.cvdsl.render;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
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
 *     own title. The generated profiles section is called {@value #SOCIAL_LINKS}.
 * @param theme where templates come from
 */
public record RenderOptions(
    int width, DateStyle dateStyle, Map<String, String> sectionTitles, Theme theme) {

  /** The narrowest text width accepted: room for a nested bullet and a few words. */
  public static final int MIN_WIDTH = 20;

  /** The default text width. */
  public static final int DEFAULT_WIDTH = 80;

  /** The title of the section that lists the CV's profiles, before any override. */
  public static final String SOCIAL_LINKS = "Social Links";

  private static final RenderOptions DEFAULTS =
      new RenderOptions(DEFAULT_WIDTH, DateStyle.COMPACT, Map.of(), Theme.builtIn());

  /**
   * Checks and copies every part.
   *
   * @throws IllegalArgumentException if {@code width} is below {@value #MIN_WIDTH}
   */
  public RenderOptions {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ": " + width);
    }
    requireNonNull(dateStyle, "dateStyle");
    sectionTitles.forEach(
        (authorTitle, shownTitle) -> {
          requireNonNull(authorTitle, "a section title override's key");
          requireNonNull(shownTitle, "the override of section " + authorTitle);
        });
    // Sorted, so that anything that ever lists the overrides lists them in one order.
    sectionTitles = Collections.unmodifiableMap(new TreeMap<>(sectionTitles));
    requireNonNull(theme, "theme");
  }

  /** Width 80, {@link DateStyle#COMPACT}, no title overrides, the built-in theme. */
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
    return new RenderOptions(width, dateStyle, sectionTitles, theme);
  }

  /**
   * These options with another date style.
   *
   * @param dateStyle e.g. {@link DateStyle#LONG}
   * @return the new options
   */
  public RenderOptions withDateStyle(DateStyle dateStyle) {
    return new RenderOptions(width, dateStyle, sectionTitles, theme);
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
    return new RenderOptions(width, dateStyle, titles, theme);
  }

  /**
   * These options with all section title overrides replaced.
   *
   * @param sectionTitles shown titles by the author's title
   * @return the new options
   */
  public RenderOptions withSectionTitles(Map<String, String> sectionTitles) {
    return new RenderOptions(width, dateStyle, sectionTitles, theme);
  }

  /**
   * These options with another theme.
   *
   * @param theme e.g. {@code Theme.directory(path)} or {@code Theme.parse(optionValue)}
   * @return the new options
   */
  public RenderOptions withTheme(Theme theme) {
    return new RenderOptions(width, dateStyle, sectionTitles, theme);
  }
}
