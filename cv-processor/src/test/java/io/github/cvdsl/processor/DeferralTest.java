package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.model;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.cvdsl.model.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A CV may list a section that another processor generates in a later round. */
class DeferralTest {

  /** Writes {@code test.GeneratedProjects}, a section, in its first round. */
  private static final class SectionGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer out =
            processingEnv.getFiler().createSourceFile("test.GeneratedProjects").openWriter()) {
          out.write(
              """
              package test;

              import io.github.cvdsl.*;

              @Section("Projects")
              public interface GeneratedProjects {
                @Project(name = "Pelican")
                interface Pelican {}
              }
              """);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static final JavaFileObject CV =
      source(
          "DeferredCv",
          """
          @Cv(name = "Kura", sections = {DeferredCv.Experience.class, GeneratedProjects.class})
          interface DeferredCv {
            @Section("Experience")
            interface Experience {
              @Job(organisation = "BBC", position = "Engineer", start = "2019")
              interface Bbc {}
            }
          }
          """);

  @Test
  void waitsForASectionGeneratedInALaterRound() {
    Compilation compilation =
        Compiler.javac().withProcessors(new CvProcessor(), new SectionGenerator()).compile(CV);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        List.of("Experience", "Projects"),
        model(compilation, "test.DeferredCvModel").sections().stream()
            .map(Section::title)
            .toList());
  }
}
