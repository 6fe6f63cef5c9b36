package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Interest;
import io.github.cvdsl.model.Language;
import io.github.cvdsl.model.Reference;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown reads like the seed CV. */
class MarkdownRendererTest {

  private final String markdown =
      Renderers.characterRenderer("markdown").render(CvFixtures.realistic());

  @Test
  void startsWithTheNameLabelAndOneLineOfContactsAndProfiles() {
    List<String> lines = markdown.lines().limit(6).toList();

    assertEquals("# Kura", lines.get(0));
    assertEquals("Engineer", lines.get(2));
    assertEquals(
        "[kura@example.com](mailto:kura@example.com) · [+44 117 496 0000](tel:+441174960000)"
            + " · [kura.gg](https://kura.gg) · Bristol, United Kingdom"
            + " · GitHub: [@kura](https://github.com/kura) · Website: [kura.gg](https://kura.gg)",
        lines.get(4));
    assertEquals("", lines.get(5));
  }

  @Test
  void entriesReadLikeTheSeed() {
    assertTrue(
        markdown.contains(
            "## Experience\n\n### [BBC](https://bbc.co.uk)\n\nEngineer • Aug. '19 –\n\nSalford\n\n"
                + "Building and maintaining the BIDI CDN for iPlayer.\n\n"
                + "Engineering leadership aspects within role;\n\n"
                + "- Took on many operational responsibilities on top of my day-to-day work,"
                + " including:\n"
                + "  - Became someone that members from other teams approach with questions about"
                + " BIDI & Radix\n"),
        markdown);
    assertTrue(markdown.contains("\nVarious roles/positions • Jan. '15 – Aug. '19\n"), markdown);
    assertTrue(markdown.contains("\nLead Systems Engineer • Aug. '09 – May '14\n"), markdown);
    assertTrue(markdown.contains("\nPHP & Python Developer • circa 2004\n"), markdown);
    assertTrue(markdown.contains("\nArchitect, Lead Engineer • '12 – '14\n"), markdown);
  }

  @Test
  void aProjectWithoutDatesShowsItsRoleWithoutASeparator() {
    assertTrue(
        markdown.contains("### [wikmd](https://github.com/Linbreux/wikmd)\n\nContributor\n\n"),
        markdown);
  }

  @Test
  void inlineSpansBecomeCommonMark() {
    assertTrue(markdown.contains("- **Feedback loop system** – Built version 1"), markdown);
    assertTrue(markdown.contains("*Python* and `async def`; see [my blog](https://kura.gg/blog)."));
    MarkdownBlocks read = MarkdownBlocks.read(markdown);
    assertEquals(List.of(), read.unexpected);
    assertTrue(read.strongs >= 3, "bold lead-ins parse as strong: " + read.strongs);
  }

  @Test
  void theSectionsAreTheAuthorsAndNoOther() {
    MarkdownBlocks read = MarkdownBlocks.read(markdown);

    assertEquals(List.of("Kura"), read.texts("heading", 1));
    assertEquals(
        CvFixtures.realistic().sections().stream().map(Section::title).toList(),
        read.texts("heading", 2));
    assertTrue(!markdown.contains("Social Links"), markdown);
  }

  @Test
  void everyEntryWithAHeadingIsAThirdLevelHeading() {
    MarkdownBlocks read = MarkdownBlocks.read(markdown);
    long withHeadings =
        CvFixtures.realistic().sections().stream()
            .flatMap(section -> section.entries().stream())
            .filter(
                entry ->
                    !(entry instanceof Skill
                        || entry instanceof Language
                        || entry instanceof Interest
                        || entry instanceof Reference))
            .count();

    assertEquals(withHeadings, read.texts("heading", 3).size());
  }
}
