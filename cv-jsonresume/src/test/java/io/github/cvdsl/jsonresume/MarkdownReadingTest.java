package io.github.cvdsl.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A theme that reads the standard fields as Markdown, as many JSON Resume themes do, shows the
 * author's emphasis, code and links, and the literal markers as plain characters.
 */
class MarkdownReadingTest {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  private static String html(String markdown) {
    return HTML.render(PARSER.parse(markdown));
  }

  @Test
  void markupReadsAsTheAuthorMeantIt() {
    JsonNode root =
        JsonMapper.builder()
            .build()
            .readTree(new JsonResumeRenderer().render(SampleCvs.everything()));
    assertEquals(
        "<p>Built <strong>Pelican</strong> with <em>care</em>, see <a"
            + " href=\"https://example.org/docs\">the <strong>docs</strong></a> and <code>a*b</code>"
            + " – 5 * 3 [sic] `x` C:\\dir\\</p>\n",
        html(root.at("/awards/0/summary").asString()));
    assertEquals(
        "<p>**Not bold**: this bullet is plain text.</p>\n",
        html(root.at("/work/0/highlights/5").asString()));
    String summary = html(root.at("/basics/summary").asString());
    assertTrue(
        summary.startsWith("<p>I build CDNs.</p>\n<p>Built <strong>Pelican</strong>"), summary);
  }
}
