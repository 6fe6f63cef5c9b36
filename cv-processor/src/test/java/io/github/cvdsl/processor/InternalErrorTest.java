package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** An unexpected exception inside the processor is one error on the CV, not a crash of javac. */
class InternalErrorTest {

  /** A Filer that fails in a way no Filer should. */
  private static Filer broken(Filer filer) {
    return WrappedEnvironmentProcessor.proxy(
        Filer.class,
        (self, method, args) -> {
          throw new IllegalStateException("disk on fire");
        });
  }

  @Test
  void becomesOneErrorOnTheCv() {
    JavaFileObject cv =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Projects")
              interface Projects {
                @Project(name = "Pelican")
                interface Pelican {}
              }
            }
            """);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new WrappedEnvironmentProcessor(InternalErrorTest::broken))
            .compile(cv);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:internal] internal error in cvdsl, please report:"
                + " java.lang.IllegalStateException: disk on fire")
        .inFile(cv)
        .onLineContaining("interface TestCv");
  }
}
