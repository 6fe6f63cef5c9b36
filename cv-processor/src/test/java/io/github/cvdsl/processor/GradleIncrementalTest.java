package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What Gradle's incremental annotation processing relies on: the processor's declared category, and
 * one originating element for every file it writes, even when a CV is split over files.
 */
class GradleIncrementalTest {
  private static final String DECLARATION = "META-INF/gradle/incremental.annotation.processors";

  private static final JavaFileObject CV =
      source(
          "SplitCv",
          """
          @Cv(name = "Kura", sections = {Experience.class, Projects.class})
          interface SplitCv {}
          """);
  private static final JavaFileObject EXPERIENCE =
      source(
          "Experience",
          """
          @Section("Experience")
          interface Experience {
            @Job(organisation = "BBC", position = "Engineer", start = "2019-08")
            interface Bbc {}
          }
          """);
  private static final JavaFileObject PROJECTS =
      source(
          "Projects",
          """
          @Section("Projects")
          interface Projects {
            @Project(name = "Pelican", roles = "Contributor")
            interface Pelican {}
          }
          """);

  /**
   * Aggregating, not isolating: whether a section belongs to some CV is decided across all the CVs
   * of a compilation, which Gradle's isolating mode would not show the processor.
   */
  @Test
  void declaresTheRegisteredProcessorAsAggregating() {
    assertEquals(List.of(CvProcessor.class.getName() + ",aggregating"), resourceLines(DECLARATION));
    assertEquals(
        List.of(CvProcessor.class.getName()),
        resourceLines("META-INF/services/javax.annotation.processing.Processor"));
  }

  @Test
  void everyWrittenFileHasTheCvTypeAsItsOnlyOriginatingElement() {
    RecordingFiler filer = new RecordingFiler();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new WrappedEnvironmentProcessor(filer::wrap))
            .withOptions("-Acvdsl.render=markdown,html,text")
            .compile(CV, EXPERIENCE, PROJECTS);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        List.of(
            "source test.SplitCvModel <- [test.SplitCv]",
            "resource cv/SplitCv.md <- [test.SplitCv]",
            "resource cv/SplitCv.html <- [test.SplitCv]",
            "resource cv/SplitCv.txt <- [test.SplitCv]"),
        filer.writtenFiles);
  }

  /**
   * Behind Gradle's wrapper javac's tree API is out of reach, so an error inside repeated
   * annotations cannot be placed on its value; it must still be reported, on the entry.
   */
  @Test
  void reportsErrorsInRepeatedAnnotationsWithoutTheTreeApi() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                @Highlight("Mentoring members of my own team.")
                @Highlight("**Cache tiering – an extension of sharding.")
                interface Bbc {}
              }
            }
            """);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new WrappedEnvironmentProcessor(UnaryOperator.identity()))
            .compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:markup] value has bad inline markup: \"**\" at \"**Cache tiering")
        .inFile(source)
        .onLineContaining("interface Bbc {}");
  }

  private static List<String> resourceLines(String name) {
    try (InputStream in = CvProcessor.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("no " + name + " on the processor's class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records each file the processor asks the {@link Filer} for, with its originating elements. */
  private static final class RecordingFiler {
    final List<String> writtenFiles = new ArrayList<>();

    Filer wrap(Filer filer) {
      return WrappedEnvironmentProcessor.proxy(
          Filer.class,
          (proxy, method, args) -> {
            switch (method.getName()) {
              case "createSourceFile" ->
                  writtenFiles.add("source " + args[0] + " <- " + names(args[1]));
              case "createResource" ->
                  writtenFiles.add("resource " + args[2] + " <- " + names(args[3]));
              default -> writtenFiles.add(method.getName() + " " + Arrays.toString(args));
            }
            return WrappedEnvironmentProcessor.call(method, filer, args);
          });
    }

    private static String names(Object originatingElements) {
      return Stream.of((Element[]) originatingElements)
          .map(element -> ((TypeElement) element).getQualifiedName().toString())
          .collect(Collectors.joining(", ", "[", "]"));
    }
  }
}
