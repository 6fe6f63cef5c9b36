package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.Renderers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CVs far beyond a real one still compile and render: no "code too large", no "too many constants".
 */
class ScaleTest {

  @Test
  void tenThousandEntriesWithFiftyThousandBullets() {
    Compilation compilation =
        javac(
            JavaFileObjects.forSourceString(
                "bench.BenchCv", ProcessorBenchmark.syntheticCv(10_000)));
    assertThat(compilation).succeededWithoutWarnings();
    Cv cv = model(compilation, "bench.BenchCvModel");
    assertEquals(10_000, cv.sections().stream().mapToInt(s -> s.entries().size()).sum());
    assertEquals(
        50_000,
        cv.sections().stream()
            .flatMap(section -> section.entries().stream())
            .flatMap(entry -> entry.highlights().stream())
            .mapToInt(group -> group.highlights().size())
            .sum());
    Section last = cv.sections().get(cv.sections().size() - 1);
    assertEquals("Org 9999", ((Job) last.entries().get(last.entries().size() - 1)).organisation());
    for (String format : List.of("markdown", "html", "text")) {
      String rendered = Renderers.characterRenderer(format).render(cv);
      assertEquals(10_000, Compilations.occurrences(rendered, "Bullet 4"), format);
      assertTrue(rendered.contains("Org 9999"), format);
    }
  }

  @Test
  void aSectionOfThousandsOfEntriesKeepsItsOrder() {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      entries
          .append("@Project(name = \"P")
          .append(i)
          .append("\") interface P")
          .append(i)
          .append(" {}\n");
    }
    Compilation compilation =
        javac(
            Compilations.source(
                "BigCv",
                "@Cv(name = \"Kura\") interface BigCv { @Section(\"Projects\") interface Projects"
                    + " {\n"
                    + entries
                    + "}}"));
    assertThat(compilation).succeededWithoutWarnings();
    Cv cv = model(compilation, "test.BigCvModel");
    assertEquals(1_000, cv.sections().get(0).entries().size());
    for (int i = 0; i < 1_000; i++) {
      assertEquals(
          "P" + i, ((io.github.cvdsl.model.Project) cv.sections().get(0).entries().get(i)).name());
    }
  }

  @Test
  void aSummaryAsLongAsAClassFileConstantAllows() {
    // 65,535 bytes of modified UTF-8 is the most an annotation value may hold.
    String word = "Ünïcödé ";
    String summary = word.repeat(5_400).strip();
    Compilation compilation =
        javac(
            Compilations.source(
                "LongCv",
                """
                @Cv(name = "Kura")
                interface LongCv {
                  @Section(value = "About", summary = "%s")
                  interface About {}
                }
                """
                    .formatted(summary)));
    assertThat(compilation).succeededWithoutWarnings();
    Cv cv = model(compilation, "test.LongCvModel");
    assertEquals(
        summary, cv.sections().get(0).summary().stream().map(Text::plainText).findFirst().get());
  }

  @Test
  void aCvOfThreeByteCharactersFitsTheModelClassConstants() {
    // Each character takes three bytes in a class file: the longest annotation value holds 21,845,
    // and the model class must split the CV's encoded text to fit the same limit.
    String longest = "漢".repeat(21_845);
    Compilation compilation =
        javac(
            Compilations.source(
                "WideCv",
                """
                @Cv(name = "%s")
                interface WideCv {
                  @Section(value = "%s", summary = "%s")
                  interface About {}
                }
                """
                    .formatted(longest, longest, longest)));
    assertThat(compilation).succeededWithoutWarnings();
    Cv cv = model(compilation, "test.WideCvModel");
    assertEquals(longest, cv.name());
    assertEquals(longest, cv.sections().get(0).title());
    assertEquals(longest, cv.sections().get(0).summary().get(0).plainText());
  }
}
