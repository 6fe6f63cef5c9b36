package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.render.internal.Words;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each entry kind has a template of its own, or falls back to {@code entry.mustache}; a theme
 * overrides one kind without touching the others.
 */
class KindTemplatesTest {

  private static final List<String> FORMATS = List.of("markdown", "html", "text");
  private static final List<String> TEMPLATES =
      List.of(
          "cv", "section", "entry", "highlights", "job", "volunteer", "education", "award",
          "certificate", "publication", "skill", "language", "interest", "reference", "project",
          "item", "dates", "style");

  @TempDir Path theme;

  @Test
  void aThemeOverridesTheTemplateOfOneKindOnly() throws IOException {
    write("markdown/skill.mustache", "- SKILL {{heading}}\n");

    String markdown = render("markdown", StrangerCv.cv());

    assertTrue(markdown.contains("- SKILL Web Development\n"), markdown);
    assertTrue(markdown.contains("- SKILL Compression\n"), markdown);
    assertTrue(markdown.contains("- **English** — Native speaker"), "languages unchanged");
    assertTrue(
        MarkdownBlocks.read(markdown).texts("paragraph", 0).contains("Score: 4.0"),
        "education unchanged");
  }

  @Test
  void aKindWithoutATemplateOfItsOwnUsesTheThemesEntryTemplate() throws IOException {
    write("text/entry.mustache", "ENTRY {{heading}}\n");

    String text = render("text", StrangerCv.cv());

    // Jobs, volunteering and projects have no built-in template of their own.
    assertTrue(text.contains("ENTRY Pied Piper <http://piedpiper.example.com>\n"), text);
    assertTrue(text.contains("ENTRY CoderDojo <http://coderdojo.example.com/>\n"), text);
    assertTrue(text.contains("ENTRY Miss Direction <http://missdirection.example.com>\n"), text);
    assertTrue(text.contains("Score: 4.0"), "education keeps its own template");
  }

  @Test
  void aKindTemplateSeesItsTypedEntry() throws IOException {
    write(
        "markdown/job.mustache",
        "JOB {{entry.organisation}} AT {{entry.location}}{{#entry.description}} ({{.}}){{/entry.description}}\n");

    String markdown = render("markdown", StrangerCv.cv());

    assertTrue(
        markdown.contains("JOB Pied Piper AT Palo Alto, CA (Awesome compression company)\n"),
        markdown);
  }

  @Test
  void aBrokenKindTemplateIsAnErrorThatNamesItsFile() throws IOException {
    write("html/award.mustache", "{{#heading}}unclosed\n");

    RenderException error =
        assertThrows(
            RenderException.class,
            () ->
                Renderers.characterRenderer(
                    "html", RenderOptions.defaults().withTheme(Theme.directory(theme))));

    assertTrue(
        error.getMessage().contains(theme.resolve("html/award.mustache").toString()),
        error.getMessage());
  }

  @Test
  void theBuiltInTemplatesUseOnlyWordsThatExistAndNeverTripleBraces() throws IOException {
    Pattern word = Pattern.compile("\\{\\{words\\.(\\w+)}}");
    Set<String> used = new TreeSet<>();
    for (String format : FORMATS) {
      for (String template : TEMPLATES) {
        String source = builtIn(format, template);
        if (source == null) {
          continue;
        }
        assertFalse(source.contains("{{{"), format + "/" + template + " writes a raw value");
        assertFalse(source.contains("{{&"), format + "/" + template + " writes a raw value");
        Matcher matcher = word.matcher(source);
        while (matcher.find()) {
          assertTrue(
              Words.keys().contains(matcher.group(1)),
              format + "/" + template + " uses the unknown word " + matcher.group(1));
          used.add(matcher.group(1));
        }
      }
    }
    Set<String> unused = new TreeSet<>(Words.keys());
    unused.removeAll(used);
    // Dates' words are used by the date formatter, "cv" by the document title, "listSeparator" to
    // join keywords, courses and the parts of an address.
    unused.removeAll(Set.of("present", "circa", "rangeSeparator", "cv", "listSeparator"));
    assertEquals(Set.of(), unused, "words no template uses");
  }

  private static String builtIn(String format, String template) throws IOException {
    try (InputStream in =
        KindTemplatesTest.class.getResourceAsStream(
            "/io/github/cvdsl/render/" + format + "/" + template + ".mustache")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String render(String format, io.github.cvdsl.model.Cv cv) {
    return Renderers.characterRenderer(
            format, RenderOptions.defaults().withTheme(Theme.directory(theme)))
        .render(cv);
  }

  private void write(String name, String content) throws IOException {
    Path file = theme.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
