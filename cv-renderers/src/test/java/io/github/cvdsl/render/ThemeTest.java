package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {

  @TempDir Path theme;

  @Test
  void aDirectoryThemeOverridesOnlyItsOwnTemplates() throws IOException {
    write("html/style.mustache", "body { color: rebeccapurple; }");

    String html =
        Renderers.characterRenderer("html", RenderOptions.defaults().withTheme(Theme.directory(theme)))
            .render(CvFixtures.realistic());

    assertTrue(html.contains("body { color: rebeccapurple; }"), html);
    assertTrue(html.contains("<h3><a href=\"https://bbc.co.uk\">BBC</a></h3>"), "entries unchanged");
  }

  @Test
  void aClassPathThemeOverridesItsTemplates() {
    Theme classPath = Theme.parse("classpath:test-theme");

    String markdown =
        Renderers.characterRenderer("markdown", RenderOptions.defaults().withTheme(classPath))
            .render(CvFixtures.realistic());

    assertTrue(markdown.contains("### Class path theme: [BBC](https://bbc.co.uk)"), markdown);
    assertTrue(markdown.startsWith("# Kura\n"), "cv.mustache unchanged");
  }

  @Test
  void parseReadsAnOptionString() {
    assertEquals(Theme.builtIn(), Theme.parse(null));
    assertEquals(Theme.builtIn(), Theme.parse("  "));
    assertEquals(Theme.directory(theme), Theme.parse(theme.toString()));
    assertEquals(Theme.classPath("a/b"), Theme.parse("classpath:/a/b/"));
  }

  @Test
  void aMissingDirectoryIsAnErrorThatNamesIt() {
    Path missing = theme.resolve("nope");

    RenderException error = assertThrows(RenderException.class, () -> Theme.parse(missing.toString()));

    assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
  }

  @Test
  void aMissingPartialIsAnErrorThatNamesTheFile() throws IOException {
    write("text/section.mustache", "{{title}}\n{{> footer}}\n");

    RenderException error =
        assertThrows(
            RenderException.class,
            () -> Renderers.characterRenderer("text", RenderOptions.defaults().withTheme(Theme.directory(theme))));

    assertTrue(error.getMessage().contains("footer.mustache"), error.getMessage());
    assertTrue(error.getMessage().contains(theme.toString()), error.getMessage());
  }

  @Test
  void aBrokenTemplateIsAnErrorThatNamesTheFile() throws IOException {
    write("markdown/entry.mustache", "### {{heading}}\n{{#summary}}\n");

    RenderException error =
        assertThrows(
            RenderException.class,
            () ->
                Renderers.characterRenderer("markdown", RenderOptions.defaults().withTheme(Theme.directory(theme))));

    assertTrue(
        error.getMessage().contains(theme.resolve("markdown/entry.mustache").toString()),
        error.getMessage());
  }

  private void write(String file, String content) throws IOException {
    Path path = theme.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, StandardCharsets.UTF_8);
  }
}
