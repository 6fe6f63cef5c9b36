package io.github.cvdsl.processor;

import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.Renderers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The author's fixed words travel in the model and win over the language's table. */
class CvWordsTest {

  @Test
  void wordsOfTheCvReachTheModelAndTheRenderedCv() {
    Cv cv =
        Compilations.model(
            javac(
                source(
                    "TestCv",
                    """
                    @Cv(name = "Kura", language = "de",
                        words = {@Word(key = "rangeSeparator", value = " bis "),
                                 @Word(key = "present", value = "jetzt")})
                    interface TestCv {
                      @Section("Erfahrung")
                      interface Experience {
                        @Job(organisation = "BBC", position = "Engineer", start = "2019-08",
                             end = "present")
                        interface Bbc {}
                        @Job(organisation = "Tangent", position = "Engineer", start = "2009-08",
                             end = "2014-05")
                        interface Tangent {}
                      }
                    }
                    """)),
            "test.TestCvModel");

    assertEquals(Map.of("present", "jetzt", "rangeSeparator", " bis "), cv.words());
    String markdown = Renderers.characterRenderer("markdown").render(cv);
    assertTrue(markdown.contains("Engineer • Aug. 2009 bis Mai 2014"), markdown);
    assertTrue(markdown.contains("Engineer • Aug. 2019 bis"), markdown);
  }
}
