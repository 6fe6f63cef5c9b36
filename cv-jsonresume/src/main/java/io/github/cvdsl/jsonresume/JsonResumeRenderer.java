package io.github.cvdsl.jsonresume;

import com.google.auto.service.AutoService;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.CharacterRenderer;
import io.github.cvdsl.render.Renderer;
import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a CV as <a href="https://jsonresume.org/schema">JSON Resume</a> 1.3.1: renderer id
 * {@value #ID}, extension {@code json}.
 *
 * <p>Every fact the model holds goes to its standard field: {@code basics}, then one array per entry
 * kind ({@code work}, {@code volunteer}, {@code education}, ...), dates as {@code YYYY}, {@code
 * YYYY-MM} or {@code YYYY-MM-DD}, text with inline markup in the DSL's own Markdown ({@code
 * **strong**}, {@code *emphasis*}, {@code `code`}, {@code [label](url)}), titled groups and nested
 * bullets flattened into {@code highlights}. What JSON Resume cannot hold is kept, losslessly, in
 * the extension property {@value #EXTENSION_PROPERTY}, whose keys are the DSL's annotation elements:
 *
 * <ul>
 *   <li>on the document: the format's {@code version}, the CV's {@code language}, and its {@code
 *       sections} in order, each with its {@code title}, {@code summary}, {@code highlights}, its
 *       {@code entries} as JSON Pointers into the document ({@code "/work/0"}), and the {@code
 *       items} of {@code @Item} entries, which no JSON Resume array holds;
 *   <li>on {@code basics} and on an entry: text that is not one plain paragraph ({@code summary},
 *       {@code reference}) as paragraphs of spans; bullets in groups ({@code highlights}); dates in
 *       the DSL's notation ({@code start}, {@code end}, {@code date}, {@code releaseDate}) when the
 *       standard field cannot say them: approximate ({@code "~2004"}), a single date ({@code start}
 *       without {@code end}), or a year outside the schema's 1000 to 2999; and facts of a kind
 *       that has no standard field for them, such as a skill's {@code summary}.
 * </ul>
 *
 * <p>The output is deterministic: keys in the schema's order, two-space indentation, {@code \n}
 * line ends, a final newline, UTF-8. Render options do not apply: the JSON is data, not layout.
 */
@AutoService(Renderer.class)
public final class JsonResumeRenderer implements CharacterRenderer {

  /** The renderer's id. */
  public static final String ID = "json-resume";

  /** The name of the property that holds what JSON Resume cannot. */
  public static final String EXTENSION_PROPERTY = ResumeTree.EXTENSION;

  /**
   * Made on the first render, not when the class loads: {@code Renderers.byId} makes every renderer
   * on the class path to find one by id, and building Jackson's mapper is a cold start's
   * noticeable cost for a program that renders only another format, such as the PDF.
   */
  private static final class Json {
    static final ObjectWriter WRITER = JsonMapper.builder().build().writer().with(printer());
  }

  /** Creates the renderer; {@link io.github.cvdsl.render.Renderers#byId} finds it by its id. */
  public JsonResumeRenderer() {}

  private static DefaultPrettyPrinter printer() {
    // Line ends fixed to \n: Jackson's default follows the platform, which would change the bytes.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void render(Cv cv, Writer out) throws IOException {
    out.write(Json.WRITER.writeValueAsString(ResumeTree.of(cv)));
    out.write('\n');
  }
}
