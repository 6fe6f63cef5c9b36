package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {

  @Test
  void findsTheBuiltInsAndAJarsOwnRendererInSortedOrder() {
    List<String> ids = Renderers.ids();

    assertTrue(ids.containsAll(List.of("html", "markdown", "text", "shout")), ids.toString());
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertEquals(sorted, ids);
  }

  @Test
  void aRendererFromAnotherJarRendersWithNoCodeChange() {
    CharacterRenderer shout = Renderers.characterRenderer("shout");

    assertEquals("KURA!\n", shout.render(CvFixtures.realistic()));
    assertEquals("shout", shout.extension());
  }

  @Test
  void eachBuiltInHasItsExtension() {
    assertEquals("md", Renderers.byId("markdown").extension());
    assertEquals("html", Renderers.byId("html").extension());
    assertEquals("txt", Renderers.byId("text").extension());
  }

  @Test
  void anUnknownIdIsAnErrorThatListsTheKnownIds() {
    RenderException error = assertThrows(RenderException.class, () -> Renderers.byId("pdf"));

    assertTrue(error.getMessage().contains("'pdf'"), error.getMessage());
    for (String id : Renderers.ids()) {
      assertTrue(error.getMessage().contains(id), error.getMessage());
    }
  }

  @Test
  void optionsReachTheRenderer() {
    RenderOptions options = RenderOptions.defaults().withSectionTitle("Experience", "Work");

    String markdown = Renderers.characterRenderer("markdown", options).render(CvFixtures.realistic());

    assertTrue(markdown.contains("\n## Work\n"), markdown);
    assertTrue(!markdown.contains("## Experience"), markdown);
  }

  @Test
  void aClassLoaderThatSeesOnlyTheJdkFindsNoRenderer() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertEquals(List.of(), Renderers.ids(empty));
      RenderException error =
          assertThrows(
              RenderException.class,
              () -> Renderers.byId("markdown", RenderOptions.defaults(), empty));
      assertTrue(error.getMessage().contains("known ids: "), error.getMessage());
    }
  }

  @Test
  void eachLookUpMakesAFreshRendererThatRendersTheSame() {
    Cv cv = CvFixtures.realistic();
    CharacterRenderer first = Renderers.characterRenderer("html");
    CharacterRenderer second = Renderers.characterRenderer("html");

    assertNotSame(first, second);
    assertEquals(first.render(cv), second.render(cv));
  }

  @Test
  void allGivesOneRendererPerIdWithTheOptions() {
    List<Renderer> all = Renderers.all(RenderOptions.defaults().withWidth(30));

    assertEquals(Renderers.ids(), all.stream().map(Renderer::id).toList());
  }
}
