package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cvdsl.model.Cv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A CV with every entry kind and every kind of date, rendered in every built-in language and in the
 * regional variants whose tables differ, equals its reviewed golden file byte for byte. The golden
 * files were written on one JDK and the build runs this test on JDK 17 and on the newest JDK: the
 * bytes must not depend on the JDK's locale data.
 *
 * <p>After a deliberate change to a table or a template, rewrite the files with {@code mvn -B -ntp
 * -pl cv-renderers -am test -Dtest=LanguageGoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcvdsl.updateGolden=true} and review their diff.
 */
class LanguageGoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/languages");

  static Stream<String> languages() {
    List<String> tags = new ArrayList<>(Languages.BUILT_IN);
    tags.addAll(List.of("de-AT", "es-MX", "fr-CA", "pt-PT", "zh-TW"));
    return tags.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everyLanguageRendersToItsGoldenFile(String language) throws IOException {
    Cv cv = CvFixtures.inLanguage(CvFixtures.realistic(), language, Map.of());
    RenderOptions longDates = RenderOptions.defaults().withDateStyle(DateStyle.LONG);
    String rendered =
        Renderers.characterRenderer("markdown").render(cv)
            + "\n<!-- text, long dates -->\n\n"
            + Renderers.characterRenderer("text").withOptions(longDates).render(cv)
            + "\n<!-- html -->\n\n"
            + Renderers.characterRenderer("html").render(cv);
    Path golden = GOLDEN.resolve(language + ".md");
    if (Boolean.getBoolean("cvdsl.updateGolden")) {
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered);
  }
}
