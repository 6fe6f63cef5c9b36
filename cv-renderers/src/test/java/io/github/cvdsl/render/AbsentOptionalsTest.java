package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Absent optionals leave no trace: no "null", no empty heading, no dangling separator. */
class AbsentOptionalsTest {

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "html", "text"})
  void noNullAndNoDanglingSeparator(String id) {
    String output = Renderers.characterRenderer(id).render(CvFixtures.minimal());

    assertFalse(output.toLowerCase(java.util.Locale.ROOT).contains("null"), output);
    for (String line : output.split("\n")) {
      String trimmed = line.strip();
      assertFalse(trimmed.startsWith("•") || trimmed.endsWith("•"), () -> "dangling: " + line);
      assertFalse(trimmed.startsWith("·") || trimmed.endsWith("·"), () -> "dangling: " + line);
      assertFalse(trimmed.endsWith(",") || trimmed.endsWith(":"), () -> "dangling: " + line);
    }
    assertFalse(output.contains("\n\n\n"), "no runs of blank lines");
    assertTrue(output.endsWith("\n") && !output.endsWith("\n\n"), "one final line break");
  }

  @Test
  void markdownHasNoEmptyHeadingAndShowsTheRoleAlone() {
    String markdown = Renderers.characterRenderer("markdown").render(CvFixtures.minimal());
    MarkdownBlocks read = MarkdownBlocks.read(markdown);

    assertTrue(read.blocks.stream().noneMatch(block -> block.text().isEmpty()), markdown);
    assertEquals(List.of("Everything", "Empty"), read.texts("heading", 2));
    // Skills, languages and interests are one line each; a reference ends with its name.
    assertEquals(
        List.of("Skill", "Language", "Interest", "— Referee", "Contributor"),
        read.texts("paragraph", 0));
  }

  @Test
  void htmlHasNoEmptyElement() throws Exception {
    String html = Renderers.characterRenderer("html").render(CvFixtures.minimal());
    Document document = Jsoup.parse(html);

    assertTrue(document.select("p:empty, h1:empty, h2:empty, h3:empty, ul:empty, li:empty").isEmpty(), html);
    assertTrue(document.select("header ul, .byline time").isEmpty(), html);
    assertEquals(List.of(), Html5Validator.problems(html));
  }

  @Test
  void textHasNoUnderlineWithoutAHeading() {
    String text = Renderers.characterRenderer("text").render(CvFixtures.minimal());
    List<String> lines = text.lines().toList();

    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("[-=]+")) {
        assertEquals(lines.get(i).length(), lines.get(i - 1).length(), "underline fits " + i);
      }
    }
    assertTrue(text.contains("\nContributed\nContributor\n"), text);
  }
}
