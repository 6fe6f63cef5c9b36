package io.github.cvdsl.processor;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.DateStyle;
import io.github.cvdsl.render.RenderException;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.RenderWarning;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Renderers;
import io.github.cvdsl.render.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Renders each CV into the class output, as {@code cv/<Type>.<extension>}, when the build asks with
 * {@code -Acvdsl.render=markdown,html,text}; so a user needs no other plugin to get files.
 */
final class CompileTimeRendering {
  static final String FORMATS = "cvdsl.render";
  static final String THEME = "cvdsl.theme";
  static final String WIDTH = "cvdsl.width";
  static final String DATES = "cvdsl.dates";
  static final Set<String> OPTIONS = Set.of(FORMATS, THEME, WIDTH, DATES);
  private static final String PREFIX = "cvdsl.";

  private static final Map<String, DateStyle> DATE_STYLES =
      Map.of("compact", DateStyle.COMPACT, "long", DateStyle.LONG);

  private final Map<String, String> options;
  private final Filer filer;
  private final Reporter reporter;

  CompileTimeRendering(Map<String, String> options, Filer filer, Reporter reporter) {
    this.options = options;
    this.filer = filer;
    this.reporter = reporter;
  }

  /**
   * The options above and {@code cvdsl.<key>} for each format option of each renderer on the
   * processor path (e.g. {@code cvdsl.pdf.page}), so that javac accepts them.
   */
  static Set<String> supportedOptions() {
    Set<String> supported = new TreeSet<>(OPTIONS);
    try {
      for (Renderer renderer :
          ServiceLoader.load(Renderer.class, CompileTimeRendering.class.getClassLoader())) {
        for (String key : renderer.formatOptionKeys()) {
          supported.add(PREFIX + key);
        }
      }
    } catch (ServiceConfigurationError | RuntimeException e) {
      // A broken renderer jar is reported, with its message, when -Acvdsl.render asks for it.
    }
    return supported;
  }

  /**
   * Writes {@code cv} in each format asked for; a renderer's warnings (see {@link
   * Renderer#check(Cv)}) land on the strings of {@code read} that hold the characters at fault.
   */
  void render(TypeElement cvType, Cv cv, List<Values.Read> read) {
    List<String> formats = formats();
    if (formats.isEmpty()) {
      return;
    }
    Site site = Site.of(cvType, Annotations.find(cvType, io.github.cvdsl.Cv.class).orElseThrow());
    RenderOptions renderOptions;
    try {
      renderOptions = renderOptions();
    } catch (RenderException | IllegalArgumentException e) {
      reporter.error(site, Message.RENDER, e.getMessage());
      return;
    }
    for (String format : formats) {
      try {
        Renderer renderer = Renderers.byId(format, renderOptions);
        String name = "cv/" + cvType.getSimpleName() + "." + renderer.extension();
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, cvType);
        // Bytes, not characters: a text format writes UTF-8 whatever the platform's or javac's
        // -encoding, so the same CV gives the same bytes; a PDF is bytes already.
        List<RenderWarning> warnings = new ArrayList<>();
        try (OutputStream out = file.openOutputStream()) {
          renderer.render(cv, out, warnings::add);
        }
        new RenderWarnings(reporter, site, read).report(format, warnings);
      } catch (RenderException e) {
        reporter.error(site, Message.RENDER, e.getMessage());
      } catch (IOException e) {
        reporter.error(
            site, Message.GENERATE_FAILED, "the " + format + " rendering", e.getMessage());
      }
    }
  }

  private List<String> formats() {
    String formats = options.getOrDefault(FORMATS, "");
    return Arrays.stream(formats.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
  }

  private RenderOptions renderOptions() {
    RenderOptions renderOptions = RenderOptions.defaults();
    String theme = options.get(THEME);
    if (theme != null && !theme.isBlank()) {
      renderOptions = renderOptions.withTheme(Theme.parse(theme));
    }
    String width = options.get(WIDTH);
    if (width != null) {
      try {
        renderOptions = renderOptions.withWidth(Integer.parseInt(width.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "-A" + WIDTH + "=" + width + " is not a number of columns: write e.g. 80");
      }
    }
    String dates = options.get(DATES);
    if (dates != null) {
      DateStyle style = DATE_STYLES.get(dates.strip());
      if (style == null) {
        throw new IllegalArgumentException(
            "-A" + DATES + "=" + dates + " is not a date style: write compact or long");
      }
      renderOptions = renderOptions.withDateStyle(style);
    }
    // Sorted, so that of two bad options the same one is reported first on every build.
    for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
      String key = option.getKey();
      if (key.startsWith(PREFIX) && !OPTIONS.contains(key)
          && key.indexOf('.', PREFIX.length()) > PREFIX.length()) {
        renderOptions =
            renderOptions.withFormatOption(
                key.substring(PREFIX.length()), option.getValue() == null ? "" : option.getValue());
      }
    }
    return renderOptions;
  }
}
