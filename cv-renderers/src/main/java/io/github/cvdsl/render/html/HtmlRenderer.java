package io.github.cvdsl.render.html;

import com.google.auto.service.AutoService;
import io.github.cvdsl.render.RenderException;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Theme;
import io.github.cvdsl.render.template.TemplateRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders a CV as one self-contained HTML5 file: inline CSS, no script, nothing loaded from
 * elsewhere. It is semantic ({@code header}, {@code section}, {@code h1}–{@code h3}, {@code ul},
 * {@code time}), fits a phone's width, and prints on A4 or Letter without splitting an entry.
 *
 * <p>Format option (see {@link RenderOptions#withFormatOption(String, String)}; at compile time
 * {@code -Acvdsl.html.look=sidebar}): {@value #LOOK_OPTION}, {@code classic} or {@code sidebar}.
 */
@AutoService(Renderer.class)
public final class HtmlRenderer extends TemplateRenderer {
  // One for every renderer: the format's compiled templates are shared by escaper.
  private static final HtmlEscaper ESCAPER = new HtmlEscaper();


  /** The id of this renderer. */
  public static final String ID = "html";

  /**
   * The format option that picks the look, {@code classic} (the default: one column) or {@code
   * sidebar} (two columns: contacts, skills, languages and interests beside the rest). The PDF,
   * laid out from this HTML, has the same look.
   */
  public static final String LOOK_OPTION = "html.look";

  /** The looks {@value #LOOK_OPTION} takes, each with its templates in front of the classic ones. */
  private static final Map<String, List<Theme>> LOOKS =
      new TreeMap<>(
          Map.of(
              "classic",
              List.of(Theme.builtIn()),
              "sidebar",
              List.of(
                  Theme.classPath(
                      Theme.BUILT_IN_PREFIX + "/looks/sidebar", HtmlRenderer.class.getClassLoader()),
                  Theme.builtIn())));

  /** With default options; how {@link java.util.ServiceLoader} makes it. */
  public HtmlRenderer() {
    this(RenderOptions.defaults());
  }

  /**
   * With {@code options}.
   *
   * @param options the options
   * @throws io.github.cvdsl.render.RenderException if the theme has a missing or broken template
   */
  public HtmlRenderer(RenderOptions options) {
    this(options, ESCAPER);
  }

  private HtmlRenderer(RenderOptions options, HtmlEscaper escaper) {
    super(ID, "html", options, escaper, new HtmlInline(escaper), look(options));
  }

  private static List<Theme> look(RenderOptions options) {
    for (String key : options.formatOptions().keySet()) {
      if (key.startsWith(ID + ".") && !key.equals(LOOK_OPTION)) {
        throw new RenderException(
            "the HTML renderer has no format option " + key + " (-Acvdsl." + key
                + "): its option is " + LOOK_OPTION);
      }
    }
    String look = options.formatOption(LOOK_OPTION).orElse("classic").strip();
    List<Theme> themes = LOOKS.get(look.toLowerCase(Locale.ROOT));
    if (themes == null) {
      throw new RenderException(
          "the HTML look '" + look + "' (format option " + LOOK_OPTION + ", -Acvdsl." + LOOK_OPTION
              + ") is not known: write " + String.join(" or ", LOOKS.keySet()));
    }
    return themes;
  }

  @Override
  public Set<String> formatOptionKeys() {
    return Set.of(LOOK_OPTION);
  }

  @Override
  public HtmlRenderer withOptions(RenderOptions options) {
    return new HtmlRenderer(options);
  }
}
