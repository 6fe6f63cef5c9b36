package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.cvdsl.processor.plugin.BytesRenderer;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code -Acvdsl.render} writes the rendered CV into the class output. */
class CompileTimeRenderingTest {
  private static final JavaFileObject CV =
      source(
          "TestCv",
          """
          @Cv(name = "Kura", label = "Engineer")
          interface TestCv {
            @Section("Experience")
            interface Experience {
              @Job(organisation = "BBC", position = "Engineer", start = "2019-08", end = "present",
                   summary = "Building the **BIDI** CDN <for> iPlayer.")
              interface Bbc {}
            }
          }
          """);

  private static Compilation compile(String... options) {
    return Compiler.javac().withProcessors(new CvProcessor()).withOptions(options).compile(CV);
  }

  private static String rendered(Compilation compilation, String name) {
    return new String(renderedBytes(compilation, name), StandardCharsets.UTF_8);
  }

  private static byte[] renderedBytes(Compilation compilation, String name) {
    Optional<JavaFileObject> file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "cv/" + name);
    assertTrue(file.isPresent(), () -> "no cv/" + name + " in " + compilation.generatedFiles());
    try (InputStream in = file.get().openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void writesTheBytesOfARendererOfBytesOnTheProcessorPath() throws IOException {
    Compilation compilation = compile("-Acvdsl.render=bytes,html");
    assertThat(compilation).succeededWithoutWarnings();
    var cv = Compilations.model(compilation, "test.TestCvModel");
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    Renderers.byId("bytes").render(cv, expected);

    assertArrayEquals(expected.toByteArray(), renderedBytes(compilation, "TestCv.bin"));
    assertArrayEquals(
        BytesRenderer.MAGIC, Arrays.copyOf(renderedBytes(compilation, "TestCv.bin"), 3));
  }

  @Test
  void writesEachFormatAsTheRuntimeRendererWould() {
    Compilation compilation = compile("-Acvdsl.render=markdown, html,text");
    assertThat(compilation).succeededWithoutWarnings();
    var cv = Compilations.model(compilation, "test.TestCvModel");
    assertEquals(Renderers.characterRenderer("markdown").render(cv), rendered(compilation, "TestCv.md"));
    assertEquals(Renderers.characterRenderer("html").render(cv), rendered(compilation, "TestCv.html"));
    assertEquals(Renderers.characterRenderer("text").render(cv), rendered(compilation, "TestCv.txt"));
    assertTrue(rendered(compilation, "TestCv.html").contains("&lt;for&gt;"));
  }

  @Test
  void writesNothingUnlessAsked() {
    Compilation compilation = compile();
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        compilation.generatedFiles().stream()
            .noneMatch(file -> file.toUri().getPath().contains("/cv/")));
  }

  @Test
  void unknownFormatIsAnErrorOnTheCv() {
    Compilation compilation = compile("-Acvdsl.render=markdown,docx");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:render] cannot render at compile time: No renderer with id 'docx'; known ids:"
                + " bytes, html, markdown, pdf, text")
        .inFile(CV)
        .onLineContaining("@Cv(name = \"Kura\"");
  }

  @Test
  void missingThemeIsAnErrorOnTheCv() {
    Compilation compilation = compile("-Acvdsl.render=html", "-Acvdsl.theme=does/not/exist");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[cvdsl:render] cannot render at compile time: Theme directory")
        .inFile(CV)
        .onLineContaining("@Cv(name = \"Kura\"");
  }

  @Test
  void badWidthIsAnErrorOnTheCv() {
    Compilation compilation = compile("-Acvdsl.render=text", "-Acvdsl.width=wide");
    assertThat(compilation)
        .hadErrorContaining("-Acvdsl.width=wide is not a number of columns: write e.g. 80")
        .inFile(CV)
        .onLineContaining("@Cv(name = \"Kura\"");
  }

  @Test
  void longDateStyleIsReachable() {
    Compilation compilation = compile("-Acvdsl.render=markdown", "-Acvdsl.dates=long");
    assertTrue(
        rendered(compilation, "TestCv.md").contains("Aug 2019 – Present"),
        () -> rendered(compilation, "TestCv.md"));
  }

  @Test
  void compactDateStyleIsNamedForWhatItIs() {
    Compilation compilation = compile("-Acvdsl.render=markdown", "-Acvdsl.dates=compact");
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        rendered(compilation, "TestCv.md").contains("Aug. '19 –"),
        () -> rendered(compilation, "TestCv.md"));
  }

  @Test
  void unknownDateStyleNamesTheStyles() {
    Compilation compilation = compile("-Acvdsl.render=markdown", "-Acvdsl.dates=seed");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("-Acvdsl.dates=seed is not a date style: write compact or long")
        .inFile(CV)
        .onLineContaining("@Cv(name = \"Kura\"");
  }

  @Test
  void aFormatOptionOfARendererOnTheProcessorPathIsAcceptedAndUsed() throws IOException {
    Compilation compilation = compile("-Acvdsl.render=pdf", "-Acvdsl.pdf.page=letter");
    // javac warns of an -A option that no processor declares.
    assertThat(compilation).succeededWithoutWarnings();
    var cv = Compilations.model(compilation, "test.TestCvModel");
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    Renderers.byId("pdf", RenderOptions.defaults().withFormatOption("pdf.page", "letter"))
        .render(cv, expected);

    assertArrayEquals(expected.toByteArray(), renderedBytes(compilation, "TestCv.pdf"));
    assertTrue(new CvProcessor().getSupportedOptions().contains("cvdsl.pdf.page"));
  }

  @Test
  void anUnknownPageSizeIsAnErrorOnTheCv() {
    Compilation compilation = compile("-Acvdsl.render=html,pdf", "-Acvdsl.pdf.page=b5");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:render] cannot render at compile time: the PDF page size 'b5' (format option"
                + " pdf.page, -Acvdsl.pdf.page) is not known: write a4 or letter")
        .inFile(CV)
        .onLineContaining("@Cv(name = \"Kura\"");
  }

  @Test
  void anUnknownPdfOptionIsAnErrorOnTheCv() {
    Compilation compilation = compile("-Acvdsl.render=pdf", "-Acvdsl.pdf.paper=a4");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:render] cannot render at compile time: the PDF renderer has no format option"
                + " pdf.paper (-Acvdsl.pdf.paper): its options are pdf.fonts, pdf.page")
        .inFile(CV)
        .onLineContaining("@Cv(name = \"Kura\"");
  }
}
