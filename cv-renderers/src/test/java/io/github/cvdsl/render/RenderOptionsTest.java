package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderOptionsTest {

  @Test
  void defaultsAreTheSeedsLayout() {
    RenderOptions defaults = RenderOptions.defaults();

    assertEquals(80, defaults.width());
    assertEquals(DateStyle.COMPACT, defaults.dateStyle());
    assertEquals(Map.of(), defaults.sectionTitles());
    assertEquals(Theme.builtIn(), defaults.theme());
  }

  @Test
  void withersLeaveTheOriginalUnchanged() {
    RenderOptions defaults = RenderOptions.defaults();

    RenderOptions changed = defaults.withWidth(40).withSectionTitle("Projects", "Work");

    assertEquals(80, defaults.width());
    assertEquals(40, changed.width());
    assertEquals("Work", changed.sectionTitle("Projects"));
    assertEquals("Projects", defaults.sectionTitle("Projects"));
  }

  @Test
  void titlesAreCopiedNotShared() {
    Map<String, String> titles = new HashMap<>();
    titles.put("Skills", "Toolbox");
    RenderOptions options = RenderOptions.defaults().withSectionTitles(titles);

    titles.put("Skills", "Changed");

    assertEquals("Toolbox", options.sectionTitle("Skills"));
    assertThrows(UnsupportedOperationException.class, () -> options.sectionTitles().put("a", "b"));
  }

  @Test
  void aTooNarrowWidthIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withWidth(19));
  }

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "html", "text"})
  void sectionTitleOverridesReachEveryFormat(String id) {
    RenderOptions options =
        RenderOptions.defaults().withSectionTitle("Outside Interests", "Hobbies");

    String output = Renderers.characterRenderer(id, options).render(CvFixtures.realistic());

    assertTrue(output.contains("Hobbies") && !output.contains("Outside Interests"), output);
  }

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "html", "text"})
  void aReplacedWordReachesEveryFormat(String id) {
    RenderOptions options = RenderOptions.defaults().withWord("awardedBy", "Given by");

    String output = Renderers.characterRenderer(id, options).render(CvFixtures.realistic());

    assertTrue(output.contains("Given by") && !output.contains("Awarded by"), output);
  }

  @org.junit.jupiter.api.Test
  void anUnknownWordIsRejectedWithTheKnownKeys() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> RenderOptions.defaults().withWord("awardedby", "Given by"));

    assertTrue(error.getMessage().contains("'awardedby'"), error.getMessage());
    assertTrue(error.getMessage().contains("awardedBy"), error.getMessage());
  }

  @Test
  void aFormatOptionIsKeptAndReadBack() {
    RenderOptions options = RenderOptions.defaults().withFormatOption("pdf.page", "letter");

    assertEquals(java.util.Optional.of("letter"), options.formatOption("pdf.page"));
    assertEquals(java.util.Optional.empty(), RenderOptions.defaults().formatOption("pdf.page"));
    assertEquals(java.util.Optional.empty(), options.withWidth(40).formatOption("pdf.fonts"));
    assertEquals("letter", options.withWidth(40).formatOption("pdf.page").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"page", ".page", "pdf."})
  void aFormatOptionKeyWithoutRendererIdAndNameIsRejected(String key) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> RenderOptions.defaults().withFormatOption(key, "letter"));

    assertTrue(error.getMessage().contains("pdf.page"), error.getMessage());
    assertTrue(error.getMessage().endsWith(": " + key), error.getMessage());
  }
}
