package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.model;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.cvdsl.model.Job;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Half-written code gets javac's own error and no noise from the processor. */
class IncompleteCodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@Job(position = \"Engineer\", start = \"2019\")",
        "@Job(organisation = UNKNOWN, position = \"Engineer\", start = \"2019\")",
        "@Job(organisation = \"BBC\", position = \"Engineer\", start = 2019)",
        "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\")"
            + " @Highlights(value = {UNKNOWN})",
        "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\")"
            + " @Highlights(value = @Highlight(\"a\"), title = )",
        "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\") @Unknown",
      })
  void onlyJavacReports(String entry) {
    assertNoProcessorMessages(javac(cvWith(entry)));
    // Where javac runs processors past errors it cannot recover from, the processor still adds
    // nothing about the entry javac rejected.
    assertNoProcessorMessages(
        Compiler.javac()
            .withProcessors(new CvProcessor())
            .withOptions(NewUserDiagnosticsTest.PROCESS_PAST_ERRORS)
            .compile(cvWith(entry)));
  }

  @Test
  void aStringTheAuthorWroteAsErrorIsTextNotARejectedValue() {
    Compilation compilation =
        javac(
            cvWith(
                "@Job(organisation = \"<error>\", position = \"Engineer\", start = \"2019\")"));
    assertThat(compilation).succeededWithoutWarnings();
    Job job = (Job) model(compilation, "test.TestCvModel").sections().get(0).entries().get(0);
    assertEquals("<error>", job.organisation());
  }

  private static JavaFileObject cvWith(String entry) {
    return source(
        "TestCv",
        """
        @Cv(name = "Kura")
        interface TestCv {
          @Section("Experience")
          interface Experience {
            %s
            interface Bbc {}
          }
        }
        """
            .formatted(entry));
  }

  private static void assertNoProcessorMessages(Compilation compilation) {
    assertThat(compilation).failed();
    List<String> fromProcessor =
        compilation.diagnostics().stream()
            .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
            .filter(message -> message.contains("[cvdsl:"))
            .toList();
    assertEquals(List.of(), fromProcessor);
  }
}
