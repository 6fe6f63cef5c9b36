package io.github.cvdsl.render.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import io.github.cvdsl.render.RenderException;
import io.github.cvdsl.render.Theme;
import io.github.cvdsl.render.template.Escaper;
import io.github.cvdsl.render.template.Markup;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One format's templates, compiled once from a theme (falling back, file by file, to the format's
 * own templates) and then reused for every render.
 *
 * <p>Every value a template writes is escaped by the format's {@link Escaper} when Mustache.java
 * turns it into text, except {@link Markup}, which is written as it is; so {@code {{name}}} and
 * {@code {{{name}}}} write the same, and no template can let an author's text through raw or
 * escape markup twice. The template of an entry kind ({@code job.mustache}, ...) that no theme has
 * is {@code entry.mustache}.
 */
public final class TemplateSet {

  /** The template every format starts from. */
  public static final String ROOT = "cv.mustache";

  /** The template of any entry kind that has no template of its own. */
  public static final String ENTRY = "entry.mustache";

  /** The templates named after an entry kind, which fall back to {@link #ENTRY}. */
  public static final Set<String> KINDS =
      Set.of(
          "job.mustache",
          "volunteer.mustache",
          "education.mustache",
          "award.mustache",
          "certificate.mustache",
          "publication.mustache",
          "skill.mustache",
          "language.mustache",
          "interest.mustache",
          "reference.mustache",
          "project.mustache",
          "item.mustache");

  private final String format;
  private final Mustache root;
  private final Map<String, String> locations = new ConcurrentHashMap<>();

  /**
   * Compiles {@code cv.mustache} and every partial it includes.
   *
   * @param format the renderer's id, which is also its templates' folder, e.g. {@code "html"}
   * @param themes where templates come from, first first: the user's theme, then the format's own
   * @param escaper what every value but {@link Markup} is escaped with
   * @throws RenderException if a template is missing or broken; the message names the file
   */
  public TemplateSet(String format, List<Theme> themes, Escaper escaper) {
    this.format = format;
    DefaultMustacheFactory factory =
        new DefaultMustacheFactory(new ThemeResolver(List.copyOf(themes))) {
          @Override
          public void encode(String value, Writer writer) {
            // Already escaped, when the object handler turned the value into text.
            try {
              writer.write(value);
            } catch (IOException e) {
              throw new MustacheException("Failed to write", e);
            }
          }
        };
    factory.setObjectHandler(new EscapingObjectHandler(escaper));
    try {
      this.root = factory.compile(ROOT);
    } catch (MustacheException e) {
      throw new RenderException("Broken template " + where(e) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Renders {@code scope} with the root template.
   *
   * @param scope the view
   * @param out where the output goes
   * @throws IOException if {@code out} fails
   * @throws RenderException if a template fails
   */
  public void execute(Object scope, Writer out) throws IOException {
    try {
      root.execute(out, scope);
    } catch (MustacheException e) {
      IOException io = ioCause(e);
      if (io != null) {
        throw io;
      }
      throw new RenderException(
          "Template " + where(e) + " failed while rendering: " + e.getMessage(), e);
    }
  }

  private static IOException ioCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  /** The file a Mustache failure happened in, as the author can find it. */
  private String where(MustacheException e) {
    TemplateContext context = e.getContext();
    if (context == null || context.file() == null) {
      return "of format " + format;
    }
    String location = locations.getOrDefault(context.file(), context.file());
    return context.line() > 0 ? location + " line " + context.line() : location;
  }

  /** Turns every value into escaped text, but markup, which is the format's own already. */
  private static final class EscapingObjectHandler extends ReflectionObjectHandler {
    private final Escaper escaper;

    EscapingObjectHandler(Escaper escaper) {
      this.escaper = escaper;
    }

    @Override
    public String stringify(Object object) {
      return object instanceof Markup markup
          ? markup.markup()
          : escaper.escape(String.valueOf(object));
    }
  }

  /** Reads each template from the first theme that has it. */
  private final class ThemeResolver implements MustacheResolver {

    private final List<Theme> themes;

    ThemeResolver(List<Theme> themes) {
      this.themes = themes;
    }

    @Override
    public Reader getReader(String name) {
      Optional<Reader> reader = find(name, name);
      if (reader.isEmpty() && KINDS.contains(name)) {
        reader = find(ENTRY, name);
      }
      if (reader.isPresent()) {
        return reader.get();
      }
      List<String> searched = new ArrayList<>();
      for (Theme theme : themes) {
        searched.add(theme.location(format, name));
      }
      throw new RenderException(
          "Missing template " + name + ": looked for " + String.join(", ", searched));
    }

    /** Opens {@code name} from the first theme that has it, remembered as where {@code as} is. */
    private Optional<Reader> find(String name, String as) {
      for (Theme theme : themes) {
        Optional<Reader> reader;
        try {
          reader = theme.open(format, name);
        } catch (IOException e) {
          throw new RenderException(
              "Cannot read template " + theme.location(format, name) + ": " + e.getMessage(), e);
        }
        if (reader.isPresent()) {
          locations.put(as, theme.location(format, name));
          return reader;
        }
      }
      return Optional.empty();
    }
  }
}
