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
  void sectionTitleOverridesReachEveryFormatIncludingSocialLinks(String id) {
    RenderOptions options =
        RenderOptions.defaults()
            .withSectionTitle("Outside Interests", "Hobbies")
            .withSectionTitle(RenderOptions.SOCIAL_LINKS, "Elsewhere");

    String output = Renderers.byId(id, options).render(CvFixtures.realistic());

    assertTrue(output.contains("Hobbies") && !output.contains("Outside Interests"), output);
    assertTrue(output.contains("Elsewhere") && !output.contains("Social Links"), output);
  }
}
