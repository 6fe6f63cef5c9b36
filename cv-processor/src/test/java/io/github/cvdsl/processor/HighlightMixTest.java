package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.model;
import static io.github.cvdsl.processor.Compilations.source;
import static io.github.cvdsl.processor.NewUserDiagnosticsTest.assertErrorAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.github.cvdsl.model.HighlightGroup;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Plain {@code @Highlight}s and {@code @Highlights} groups mix in any order on one type, and keep
 * the order written; adjacent plain bullets make one group without a title.
 */
class HighlightMixTest {

  private static JavaFileObject cvWithBullets(String bullets) {
    return source(
        "TestCv",
        """
        @Cv(name = "Kura")
        interface TestCv {
          @Section("Experience")
          interface Experience {
            @Job(organisation = "BBC", position = "Engineer", start = "2019")
            %s
            interface Bbc {}
          }
        }
        """
            .formatted(bullets));
  }

  /** Each group as its title ("-" for none) and its bullets' text. */
  private static List<String> groups(Compilation compilation) {
    return model(compilation, "test.TestCvModel")
        .sections()
        .get(0)
        .entries()
        .get(0)
        .highlights()
        .stream()
        .map(HighlightGroupText::of)
        .toList();
  }

  private static final class HighlightGroupText {
    static String of(HighlightGroup group) {
      return group.title().map(title -> title.plainText()).orElse("-")
          + ": "
          + String.join(", ", group.highlights().stream().map(h -> h.text().plainText()).toList());
    }
  }

  @Test
  void plainBulletsAroundAGroupCompileAndKeepTheirOrder() {
    Compilation compilation =
        javac(
            cvWithBullets(
                """
                @Highlight("a")
                    @Highlights(title = "T", value = @Highlight("t"))
                    @Highlight("b")"""));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("-: a", "T: t", "-: b"), groups(compilation));
  }

  @Test
  void repeatedBulletsAndRepeatedGroupsInterleave() {
    Compilation compilation =
        javac(
            cvWithBullets(
                """
                @Highlights(title = "T", value = @Highlight("t"))
                    @Highlight("a")
                    @Highlight("b")
                    @Highlights(title = "U", value = {@Highlight("u1"), @Highlight("u2")})
                    @Highlight("c")"""));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("T: t", "-: a, b", "U: u1, u2", "-: c"), groups(compilation));
  }

  @Test
  void plainBulletsAloneStayOneGroup() {
    Compilation compilation =
        javac(cvWithBullets("@Highlight(\"a\") @Highlight(\"b\") @Highlight(\"c\")"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("-: a, b, c"), groups(compilation));
  }

  @Test
  void aMistakeInAMixIsReportedAtItsBullet() {
    JavaFileObject source =
        cvWithBullets(
            """
            @Highlight("a")
                @Highlights(title = "T", value = @Highlight("t"))
                @Highlight("**b")
                @Highlights(title = "U", value = {})""");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(2);
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:markup] value has bad inline markup: \"**\" at \"**b\" is never closed",
        "\"**b\"");
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:empty-group] @Highlights has no bullets",
        "@Highlights(title = \"U\"");
  }

  @Test
  void repeatedBulletsOnATypeThatIsNoEntryAreNamedAsWritten() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}
              }
            }

            @Highlight("a")
            @Highlight("b")
            interface Notes {}
            """);
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[cvdsl:placement] @Highlight on Notes has no meaning here")
        .inFile(source)
        .onLineContaining("interface Notes");
  }
}
