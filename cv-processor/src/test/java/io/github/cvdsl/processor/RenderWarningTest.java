package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A renderer's warnings (here the PDF's: characters no font has) land as warnings on the
 * annotation value that holds the characters, and the file is still written; the user's fonts
 * ({@code -Acvdsl.pdf.fonts}) make a warning go, and a fonts folder that is not one is an error on
 * the {@code @Cv}.
 */
class RenderWarningTest {

  /** Lohit Devanagari (OFL 1.1), the PDF module's test font, which has Devanagari; no Han. */
  private static final Path TEST_FONTS = Path.of("../cv-pdf/src/test/resources/fonts");

  private static final JavaFileObject CV =
      source(
          "GlyphCv",
          """
          @Cv(name = "Kura", label = "Engineer",
              summary = "Greets with नमस्ते.")
          interface GlyphCv {
            @Section("Experience")
            interface Experience {
              @Job(organisation = "BBC", start = "2019-08",
                   position = "Engineer 漢")
              interface Bbc {}
              @SuppressWarnings("cvdsl:render-warning")
              @Job(organisation = "ITV", start = "2018-01", position = "Producer 字")
              interface Itv {}
            }
          }
          """);

  private static Compilation compile(String... options) {
    return Compiler.javac().withProcessors(new CvProcessor()).withOptions(options).compile(CV);
  }

  @Test
  void eachValueWithCharactersNoFontHasGetsAWarningOnItsLine() {
    Compilation compilation = compile("-Acvdsl.render=pdf");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[cvdsl:render-warning] @Cv summary \"Greets with नमस्ते.\" cannot be rendered as"
                + " written in pdf: no font of the PDF has \"नमस्ते\" (U+0928, U+092E, U+0938,"
                + " U+094D, U+0924, U+0947)")
        .inFile(CV)
        .onLineContaining("summary = \"Greets with");
    assertThat(compilation)
        .hadWarningContaining(
            "[cvdsl:render-warning] @Job position \"Engineer 漢\" cannot be rendered as written in"
                + " pdf: no font of the PDF has \"漢\" (U+6F22)")
        .inFile(CV)
        .onLineContaining("position = \"Engineer 漢\"");
    assertThat(compilation)
        .hadWarningContaining("-Acvdsl.pdf.fonts=<folder>")
        .inFile(CV)
        .onLineContaining("position = \"Engineer 漢\"");
    // The suppressed one is not shown; the PDF is written all the same.
    assertEquals(2, warnings(compilation), compilation.warnings()::toString);
    assertTrue(
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "cv/GlyphCv.pdf").isPresent());
  }

  @Test
  void noWarningWithoutThePdfFormat() {
    assertThat(compile("-Acvdsl.render=html")).succeededWithoutWarnings();
  }

  @Test
  void aUserFontThatHasTheCharactersMakesItsWarningGo() {
    Compilation compilation =
        compile("-Acvdsl.render=pdf", "-Acvdsl.pdf.fonts=" + TEST_FONTS.toAbsolutePath());

    assertThat(compilation).succeeded();
    assertEquals(1, warnings(compilation), compilation.warnings()::toString);
    assertThat(compilation)
        .hadWarningContaining("[cvdsl:render-warning] @Job position \"Engineer 漢\"")
        .inFile(CV)
        .onLineContaining("position = \"Engineer 漢\"");
  }

  @Test
  void aFontsFolderThatDoesNotExistIsAnErrorOnTheCv() {
    Path missing = TEST_FONTS.resolve("no-such-folder").toAbsolutePath().normalize();
    Compilation compilation = compile("-Acvdsl.render=pdf", "-Acvdsl.pdf.fonts=" + missing);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:render] cannot render at compile time: the fonts folder " + missing)
        .inFile(CV)
        .onLineContaining("@Cv(name = \"Kura\"");
  }

  @Test
  void aFontFileThatCannotBeReadIsAnErrorThatNamesIt(@TempDir Path fonts) throws IOException {
    Path broken = fonts.resolve("Broken.ttf");
    Files.writeString(broken, "not a font, only some words in a file of text");
    Compilation compilation = compile("-Acvdsl.render=pdf", "-Acvdsl.pdf.fonts=" + fonts);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[cvdsl:render] cannot render at compile time: the font " + broken)
        .inFile(CV)
        .onLineContaining("@Cv(name = \"Kura\"");
  }

  private static long warnings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .filter(d -> d.getMessage(null).contains("[cvdsl:"))
        .count();
  }
}
