package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cvdsl.model.Cv;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeterminismTest {

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "html", "text"})
  void renderingTwiceGivesTheSameBytes(String id) {
    Cv cv = CvFixtures.realistic();
    CharacterRenderer renderer = Renderers.characterRenderer(id);

    byte[] first = renderer.render(cv).getBytes(StandardCharsets.UTF_8);
    byte[] second = renderer.render(cv).getBytes(StandardCharsets.UTF_8);

    assertArrayEquals(first, second);
  }

  @ParameterizedTest
  @ValueSource(strings = {"markdown", "html", "text"})
  void theMachinesLocaleAndTimeZoneDoNotShow(String id) {
    Cv cv = CvFixtures.realistic();
    String expected = Renderers.characterRenderer(id).render(cv);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

      assertEquals(expected, Renderers.characterRenderer(id).render(cv));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
