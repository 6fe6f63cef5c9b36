package io.github.cvdsl.render;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a renderer's Mustache templates come from: a folder of templates, one sub-folder per format
 * ({@code markdown/}, {@code html/}, {@code text/}), each holding files such as {@code
 * cv.mustache}, {@code section.mustache}, {@code entry.mustache}, {@code highlights.mustache}
 * (and {@code style.mustache} for HTML).
 *
 * <p>A theme overrides only the files it has; every other file comes from the built-in theme. So a
 * directory holding just {@code html/style.mustache} restyles the HTML and changes nothing else.
 * Templates are read as UTF-8.
 *
 * <p>An annotation processor turns its option string into a theme with {@link #parse(String)}.
 */
public final class Theme {

  /** The class path folder of the built-in templates. */
  public static final String BUILT_IN_PREFIX = "io/github/cvdsl/render";

  /** What {@link #parse(String)} reads as a class path theme rather than a directory. */
  public static final String CLASS_PATH_SCHEME = "classpath:";

  private static final Theme BUILT_IN =
      new Theme(null, BUILT_IN_PREFIX, Theme.class.getClassLoader());

  private final Path directory;
  private final String resourcePrefix;
  private final ClassLoader loader;

  private Theme(Path directory, String resourcePrefix, ClassLoader loader) {
    this.directory = directory;
    this.resourcePrefix = resourcePrefix;
    this.loader = loader;
  }

  /** The templates that ship with this library. */
  public static Theme builtIn() {
    return BUILT_IN;
  }

  /**
   * A theme in a directory of the file system, e.g. {@code src/cv-theme} holding {@code
   * html/style.mustache}.
   *
   * @param directory the theme's folder
   * @return the theme
   * @throws RenderException if {@code directory} is not an existing directory
   */
  public static Theme directory(Path directory) {
    requireNonNull(directory, "directory");
    Path absolute = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      throw new RenderException("Theme directory " + absolute + " does not exist");
    }
    return new Theme(absolute, null, null);
  }

  /**
   * A theme among the resources that this library's class loader sees, e.g. {@code
   * "com/example/cvtheme"} holding {@code com/example/cvtheme/html/style.mustache}.
   *
   * @param resourcePrefix the theme's folder on the class path, without leading or trailing
   *     {@code /}
   * @return the theme
   */
  public static Theme classPath(String resourcePrefix) {
    return classPath(resourcePrefix, Theme.class.getClassLoader());
  }

  /**
   * A theme among the resources that {@code loader} sees.
   *
   * @param resourcePrefix the theme's folder on the class path, e.g. {@code "com/example/cvtheme"}
   * @param loader where to look; an annotation processor passes its own class loader
   * @return the theme
   */
  public static Theme classPath(String resourcePrefix, ClassLoader loader) {
    requireNonNull(resourcePrefix, "resourcePrefix");
    requireNonNull(loader, "loader");
    String prefix = resourcePrefix.replaceAll("^/+|/+$", "");
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("A class path theme needs a folder, not the root");
    }
    return new Theme(null, prefix, loader);
  }

  /**
   * Reads a theme from an option value, as an annotation processor receives it:
   *
   * <ul>
   *   <li>blank: the built-in theme;
   *   <li>{@code classpath:com/example/cvtheme}: a {@linkplain #classPath(String) class path
   *       theme};
   *   <li>anything else: a {@linkplain #directory(Path) directory}, relative to the working
   *       directory unless absolute.
   * </ul>
   *
   * @param option the option value; may be {@code null}
   * @return the theme
   * @throws RenderException if it names a directory that does not exist
   */
  public static Theme parse(String option) {
    if (option == null || option.isBlank()) {
      return builtIn();
    }
    String trimmed = option.strip();
    if (trimmed.startsWith(CLASS_PATH_SCHEME)) {
      return classPath(trimmed.substring(CLASS_PATH_SCHEME.length()));
    }
    return directory(Path.of(trimmed));
  }

  /**
   * Opens one template of this theme, if the theme has it.
   *
   * @param format the renderer's id, e.g. {@code "html"}
   * @param fileName e.g. {@code "cv.mustache"}
   * @return a UTF-8 reader, or empty if this theme does not have the file
   * @throws IOException if the file exists but cannot be read
   */
  public Optional<Reader> open(String format, String fileName) throws IOException {
    if (directory != null) {
      Path file = directory.resolve(format).resolve(fileName);
      return Files.isRegularFile(file)
          ? Optional.of(Files.newBufferedReader(file, StandardCharsets.UTF_8))
          : Optional.empty();
    }
    InputStream in = loader.getResourceAsStream(resourcePrefix + "/" + format + "/" + fileName);
    return in == null
        ? Optional.empty()
        : Optional.of(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * Where one template of this theme is or would be, for messages.
   *
   * @param format the renderer's id, e.g. {@code "html"}
   * @param fileName e.g. {@code "cv.mustache"}
   * @return e.g. {@code "/home/me/theme/html/cv.mustache"} or {@code
   *     "classpath:com/example/cvtheme/html/cv.mustache"}
   */
  public String location(String format, String fileName) {
    return directory != null
        ? directory.resolve(format).resolve(fileName).toString()
        : CLASS_PATH_SCHEME + resourcePrefix + "/" + format + "/" + fileName;
  }

  /** Whether this is the {@linkplain #builtIn() built-in} theme. */
  public boolean isBuiltIn() {
    return equals(BUILT_IN);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Theme that
        && Objects.equals(directory, that.directory)
        && Objects.equals(resourcePrefix, that.resourcePrefix)
        && Objects.equals(loader, that.loader);
  }

  @Override
  public int hashCode() {
    return Objects.hash(directory, resourcePrefix, loader);
  }

  @Override
  public String toString() {
    return directory != null
        ? "theme directory " + directory
        : "class path theme " + CLASS_PATH_SCHEME + resourcePrefix;
  }
}
