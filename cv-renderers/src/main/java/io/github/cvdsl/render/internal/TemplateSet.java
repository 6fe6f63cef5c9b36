package io.github.cvdsl.render.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import io.github.cvdsl.render.RenderException;
import io.github.cvdsl.render.Theme;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One format's templates, compiled once from a theme (falling back to the built-in theme for files
 * the theme does not have) and then reused for every render.
 */
public final class TemplateSet {

  /** The template every format starts from. */
  public static final String ROOT = "cv.mustache";

  private final String format;
  private final Mustache root;
  private final Map<String, String> locations = new ConcurrentHashMap<>();

  /**
   * Compiles {@code cv.mustache} and every partial it includes.
   *
   * @param format the renderer's id, which is also its templates' folder, e.g. {@code "html"}
   * @param theme where templates come from first
   * @param escaper what {@code {{name}}} tags escape with
   * @throws RenderException if a template is missing or broken; the message names the file
   */
  public TemplateSet(String format, Theme theme, Escaper escaper) {
    this.format = format;
    List<Theme> themes = theme.isBuiltIn() ? List.of(theme) : List.of(theme, Theme.builtIn());
    DefaultMustacheFactory factory =
        new DefaultMustacheFactory(new ThemeResolver(themes)) {
          @Override
          public MustacheVisitor createMustacheVisitor() {
            return new ViewVisitor(this);
          }

          @Override
          public void encode(String value, Writer writer) {
            try {
              if (writer instanceof TidyWriter tidy) {
                tidy.writeEscaped(value, escaper);
              } else {
                writer.write(escaper.escape(value));
              }
            } catch (IOException e) {
              throw new MustacheException("Failed to write", e);
            }
          }
        };
    factory.setObjectHandler(new MemberObjectHandler());
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

  /** Reads each template from the first theme that has it. */
  private final class ThemeResolver implements MustacheResolver {

    private final List<Theme> themes;

    ThemeResolver(List<Theme> themes) {
      this.themes = themes;
    }

    @Override
    public Reader getReader(String name) {
      for (Theme theme : themes) {
        Optional<Reader> reader;
        try {
          reader = theme.open(format, name);
        } catch (IOException e) {
          throw new RenderException(
              "Cannot read template " + theme.location(format, name) + ": " + e.getMessage(), e);
        }
        if (reader.isPresent()) {
          locations.put(name, theme.location(format, name));
          return reader.get();
        }
      }
      StringBuilder searched = new StringBuilder();
      for (Theme theme : themes) {
        searched.append(searched.length() == 0 ? "" : ", ").append(theme.location(format, name));
      }
      throw new RenderException("Missing template " + name + ": looked for " + searched);
    }
  }
}
