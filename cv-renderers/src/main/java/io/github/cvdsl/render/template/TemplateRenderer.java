package io.github.cvdsl.render.template;

import static java.util.Objects.requireNonNull;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.CharacterRenderer;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Theme;
import io.github.cvdsl.render.internal.DatesFormatter;
import io.github.cvdsl.render.internal.TemplateSet;
import io.github.cvdsl.render.internal.TidyWriter;
import io.github.cvdsl.render.internal.ViewBuilder;
import io.github.cvdsl.render.internal.Words;
import io.github.cvdsl.render.view.CvView;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A text format made of Mustache templates: the building block of the built-in Markdown, HTML and
 * text renderers, and of any new text format. A subclass gives an id, a file extension, the
 * format's {@link Escaper} and {@link InlineFormat}, and where its own templates are:
 *
 * <pre>{@code
 * @AutoService(Renderer.class)
 * public final class LatexRenderer extends TemplateRenderer {
 *   public LatexRenderer() { this(RenderOptions.defaults()); }
 *   LatexRenderer(RenderOptions options) {
 *     super("latex", "tex", options, new LatexEscaper(), new LatexInline(),
 *         Theme.classPath("org/example/cv", LatexRenderer.class.getClassLoader()));
 *   }
 *   @Override public LatexRenderer withOptions(RenderOptions options) {
 *     return new LatexRenderer(options);
 *   }
 * }
 * }</pre>
 *
 * <p>Its templates are {@code org/example/cv/latex/cv.mustache} and the partials it includes. The
 * root scope is a {@link CvView}. A theme in the options overrides them file by file. Every value a
 * template writes is escaped by the escaper, except {@link Markup}; an entry kind's template (e.g.
 * {@code job.mustache}) that no theme has is {@code entry.mustache}. The output is tidied: trailing
 * whitespace goes, runs of blank lines become one, and blank lines at the start and end go.
 *
 * <p>The templates are compiled once and shared by every render: a theme's when the renderer is
 * made, so that a broken one is reported at once, and the format's own on the first render of the
 * format, shared from then on by every renderer of the format made with the same escaper.
 */
public abstract class TemplateRenderer implements CharacterRenderer {

  private static final ConcurrentMap<List<Object>, CompiledTemplates> OWN_TEMPLATES =
      new ConcurrentHashMap<>();

  private final String id;
  private final String extension;
  private final RenderOptions options;
  private final InlineFormat inline;
  private final String format;
  private final List<Theme> themes;
  private final Escaper escaper;
  // Compiled on first use: ServiceLoader makes every renderer on the class path to find one by
  // id, and compiling templates nobody renders with is most of a cold start's cost.
  private volatile TemplateSet templates;

  /**
   * Prepares the format: compiles a theme of the user's own at once, and the format's own
   * templates on the first render.
   *
   * @param id the renderer's id and its templates' folder, e.g. {@code "latex"}
   * @param extension the output's file name extension, e.g. {@code "tex"}
   * @param options the options to render with; their theme comes before {@code templates}
   * @param escaper the format's one escaper
   * @param inline the format's inline markup, which escapes plain text with {@code escaper}
   * @param templates where the format's own templates are: the folder {@code id} of this theme
   * @throws io.github.cvdsl.render.RenderException if the options' theme has a missing or broken
   *     template; the format's own templates are compiled on the first render
   */
  protected TemplateRenderer(
      String id,
      String extension,
      RenderOptions options,
      Escaper escaper,
      InlineFormat inline,
      Theme templates) {
    this(id, extension, options, escaper, inline, List.of(templates));
  }

  /**
   * Prepares the format, whose own templates come from several themes: each file from the first
   * that has it, after the options' theme. A built-in variant of a format (such as the HTML's
   * sidebar look) is a theme of the few files it changes, before the format's own.
   *
   * @param id the renderer's id and its templates' folder, e.g. {@code "latex"}
   * @param extension the output's file name extension, e.g. {@code "tex"}
   * @param options the options to render with; their theme comes before {@code templates}
   * @param escaper the format's one escaper
   * @param inline the format's inline markup, which escapes plain text with {@code escaper}
   * @param templates where the format's own templates are, first first: the folder {@code id} of
   *     each theme
   * @throws io.github.cvdsl.render.RenderException if the options' theme has a missing or broken
   *     template; the format's own templates are compiled on the first render
   */
  protected TemplateRenderer(
      String id,
      String extension,
      RenderOptions options,
      Escaper escaper,
      InlineFormat inline,
      List<Theme> templates) {
    this.id = requireNonNull(id, "id");
    this.extension = requireNonNull(extension, "extension");
    this.options = requireNonNull(options, "options");
    this.inline = requireNonNull(inline, "inline");
    Theme theme = options.theme();
    this.format = id;
    List<Theme> all = new ArrayList<>();
    if (!templates.contains(theme)) {
      all.add(theme);
    }
    all.addAll(templates);
    this.themes = List.copyOf(all);
    this.escaper = requireNonNull(escaper, "escaper");
    if (!templates.contains(theme)) {
      // A theme of the user's own: report a missing or broken template when the renderer is made.
      this.templates = new TemplateSet(format, themes, escaper);
    }
  }

  /**
   * The words escaped, but for the spaces around them, which are part of the word (as in a
   * separator) and which an escaper may drop at what could be the start of a line.
   */
  private static Map<String, Markup> shown(Map<String, String> words, Escaper escaper) {
    Map<String, Markup> shown = new TreeMap<>();
    for (Map.Entry<String, String> word : words.entrySet()) {
      String value = word.getValue();
      int start = 0;
      int end = value.length();
      while (start < end && value.charAt(start) == ' ') {
        start++;
      }
      while (end > start && value.charAt(end - 1) == ' ') {
        end--;
      }
      shown.put(
          word.getKey(),
          new Markup(
              value.substring(0, start)
                  + escaper.escape(value.substring(start, end))
                  + value.substring(end)));
    }
    return Collections.unmodifiableMap(shown);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String extension() {
    return extension;
  }

  /** The options this renderer renders with. */
  public final RenderOptions options() {
    return options;
  }

  @Override
  public final void render(Cv cv, Writer out) throws IOException {
    requireNonNull(cv, "cv");
    requireNonNull(out, "out");
    Map<String, String> words = Words.of(cv.locale(), cv.words(), options.words());
    Map<String, Markup> shownWords = shown(words, escaper);
    DatesFormatter dates = new DatesFormatter(options.dateStyle(), cv.locale(), words);
    CvView view = new ViewBuilder(options, inline, dates, words, shownWords).build(cv);
    TidyWriter tidy = new TidyWriter(lines(out));
    templates().execute(view, tidy);
    tidy.finish();
  }

  private TemplateSet templates() {
    TemplateSet compiled = templates;
    if (compiled == null) {
      synchronized (this) {
        compiled = templates;
        if (compiled == null) {
          compiled = ownTemplates(format, themes, escaper);
          templates = compiled;
        }
      }
    }
    return compiled;
  }

  /**
   * The format's own templates, compiled once for every renderer of the format made after: javac
   * makes its processors, and they their renderers, anew for each compilation (the live preview
   * compiles on every save), and compiling the templates costs a hundred times a render. They are
   * reused only with the very escaper they were compiled with; one set is kept a format.
   */
  private static TemplateSet ownTemplates(String format, List<Theme> themes, Escaper escaper) {
    List<Object> key = List.of(format, themes);
    CompiledTemplates last = OWN_TEMPLATES.get(key);
    if (last != null && last.escaper() == escaper) {
      return last.templates();
    }
    TemplateSet compiled = new TemplateSet(format, themes, escaper);
    OWN_TEMPLATES.put(key, new CompiledTemplates(escaper, compiled));
    return compiled;
  }

  private record CompiledTemplates(Escaper escaper, TemplateSet templates) {}

  /**
   * Where the tidy output goes: {@code out} itself, or a writer that reworks it on the way, as
   * plain text wraps its lines. It receives whole lines only, several at a time, each ending with
   * a line break.
   *
   * @param out the caller's writer
   * @return the writer that receives the tidy lines
   */
  protected Writer lines(Writer out) {
    return out;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + ", " + options.theme() + "]";
  }
}
