package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value a template writes is escaped once, whatever braces the template uses: only markup
 * the renderer made is written as it is. So the built-in templates write {@code {{ }}} everywhere,
 * and a theme that writes {@code {{{ }}}} gets the same bytes.
 */
class EscapeByDefaultTest {

  private static final String HOSTILE = "<script>alert(1)</script> & &amp; \"q\" 'a' <b>x</b>";
  private static final List<String> HTML_TEMPLATES =
      List.of(
          "cv", "section", "entry", "highlights", "dates", "education", "award", "certificate",
          "publication", "skill", "language", "interest", "reference");

  @TempDir Path theme;

  @Test
  void theAuthorsTextReachesTheReaderLiterallyEscapedOnce() {
    String html = Renderers.characterRenderer("html").render(TrickyText.everywhere(HOSTILE));
    Document document = Jsoup.parse(html);

    assertEquals(0, document.select("script, b").size(), "no element from the author's text");
    assertEquals(HOSTILE, document.title());
    assertEquals(HOSTILE, document.selectFirst("h1").text());
    assertEquals(HOSTILE, document.selectFirst("h2").text());
    assertEquals(HOSTILE, document.selectFirst(".label").text());
    // "&amp;" as the author wrote it: escaped once, a reader sees it; escaped twice, "&amp;amp;".
    assertEquals("Score: " + HOSTILE, document.selectFirst(".education .facts").text());
    assertEquals(HOSTILE, document.selectFirst("li.location").text());
  }

  @Test
  void tripleBracesInAThemeWriteTheSameEscapedText() throws IOException {
    for (String template : HTML_TEMPLATES) {
      String source = builtIn(template).replaceAll("\\{\\{([^#^/>!{][^}]*)}}", "{{{$1}}}");
      Path file = theme.resolve("html").resolve(template + ".mustache");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source);
    }
    assertTrue(Files.readString(theme.resolve("html/cv.mustache")).contains("{{{name}}}"));
    Cv cv = TrickyText.everywhere(HOSTILE);

    String doubled = Renderers.characterRenderer("html").render(cv);
    String tripled =
        Renderers.characterRenderer(
                "html", RenderOptions.defaults().withTheme(Theme.directory(theme)))
            .render(cv);

    assertEquals(doubled, tripled);
  }

  @Test
  void aValueThatIsNotTextIsEscapedToo() throws IOException {
    Path file = theme.resolve("markdown/job.mustache");
    Files.createDirectories(file.getParent());
    // A whole record's toString holds the author's text: it must not come out raw either.
    Files.writeString(file, "{{{entry}}}\n");

    String markdown =
        Renderers.characterRenderer(
                "markdown", RenderOptions.defaults().withTheme(Theme.directory(theme)))
            .render(TrickyText.everywhere("<b>x</b>"));

    MarkdownBlocks read = MarkdownBlocks.read(markdown);
    assertEquals(List.of(), read.unexpected, markdown);
    assertTrue(
        read.texts("paragraph", 0).stream().anyMatch(p -> p.startsWith("Job[organisation=<b>x</b>")),
        markdown);
  }

  private static String builtIn(String template) throws IOException {
    try (InputStream in =
        EscapeByDefaultTest.class.getResourceAsStream(
            "/io/github/cvdsl/render/html/" + template + ".mustache")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
