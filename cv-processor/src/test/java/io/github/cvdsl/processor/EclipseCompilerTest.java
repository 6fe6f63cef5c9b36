package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.generatedSource;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.model;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse's compiler (what Eclipse and VS Code compile with) runs the processor to the same
 * generated source, the same model and errors on the same lines as javac. ecj reads sources from
 * files only, so these compilations run in a folder.
 */
class EclipseCompilerTest {
  @TempDir Path folder;

  /** What ecj made of the sources. */
  private record EcjCompilation(
      Path sources,
      Path generated,
      Path classes,
      List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    List<Diagnostic<? extends JavaFileObject>> errors() {
      return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    String generatedSource(String qualifiedName) throws IOException {
      return Files.readString(generated.resolve(qualifiedName.replace('.', '/') + ".java"));
    }

    Cv model(String modelClass) throws ReflectiveOperationException, IOException {
      return Compilations.model(classes, modelClass);
    }

    String line(Diagnostic<? extends JavaFileObject> diagnostic) throws IOException {
      Path file = Path.of(diagnostic.getSource().toUri());
      return Files.readAllLines(file).get((int) diagnostic.getLineNumber() - 1);
    }
  }

  private EcjCompilation ecj(JavaFileObject... sources) throws IOException {
    Path sourceDir = Files.createDirectories(folder.resolve("src"));
    Path generated = Files.createDirectories(folder.resolve("generated"));
    Path classes = Files.createDirectories(folder.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (JavaFileObject source : sources) {
      Path file = sourceDir.resolve(source.getName().replaceFirst("^/", ""));
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getCharContent(true), StandardCharsets.UTF_8);
      files.add(file);
    }
    JavaCompiler compiler = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              // The diagnostics are collected; ecj would also print them.
              new PrintWriter(Writer.nullWriter()),
              fileManager,
              diagnostics,
              List.of(
                  "-17",
                  "-proc:full",
                  "-encoding",
                  "UTF-8",
                  "-classpath",
                  System.getProperty("java.class.path"),
                  "-d",
                  classes.toString(),
                  "-s",
                  generated.toString()),
              null,
              fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new CvProcessor()));
      task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EcjCompilation(sourceDir, generated, classes, diagnostics.getDiagnostics());
  }

  @Test
  void generatesTheSameSourceAsJavac() throws IOException {
    EcjCompilation eclipse = ecj(ModelTest.EVERY_KIND);
    assertEquals(List.of(), eclipse.errors());
    assertEquals(
        generatedSource(javac(ModelTest.EVERY_KIND), "test.FullCvModel"),
        eclipse.generatedSource("test.FullCvModel"));
  }

  @Test
  void aModelWithoutEntriesCompilesWithoutWarnings() throws IOException {
    // Sections of bullets only: the model class has no entry accessors, and so no entry array.
    EcjCompilation eclipse =
        ecj(
            source(
                "BulletsCv",
                """
                @Cv(name = "Kura")
                interface BulletsCv {
                  @Section("Interests")
                  @Highlight("Linux")
                  interface Interests {}
                }
                """));
    assertEquals(List.of(), eclipse.diagnostics());
    assertTrue(Files.exists(eclipse.classes().resolve("test/BulletsCvModel.class")));
  }

  @Test
  void buildsTheSameModelInTheAuthorsOrder() throws Exception {
    EcjCompilation eclipse = ecj(ModelTest.EVERY_KIND);
    assertEquals(
        model(javac(ModelTest.EVERY_KIND), "test.FullCvModel"), eclipse.model("test.FullCvModel"));
  }

  @Test
  void reportsAnErrorOnTheSameLineAsJavac() throws IOException {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer",
                     start = "2019-13")
                interface Bbc {}
              }
            }
            """);
    assertThat(javac(source))
        .hadErrorContaining("[cvdsl:date] start \"2019-13\"")
        .inFile(source)
        .onLineContaining("start = \"2019-13\"");
    EcjCompilation eclipse = ecj(source);
    assertEquals(1, eclipse.errors().size(), () -> eclipse.errors().toString());
    Diagnostic<? extends JavaFileObject> error = eclipse.errors().get(0);
    assertTrue(error.getMessage(Locale.ROOT).contains("[cvdsl:date] start \"2019-13\""));
    assertTrue(eclipse.line(error).contains("start = \"2019-13\""), eclipse.line(error));
  }

  @Test
  void reportsTheNewMessagesOnTheirLinesInSourceOrder() throws IOException {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura",
                website = "#")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2014-01",
                     end = "2014-02-30")
                interface Bbc {}

                @Job(organisation = "Tangent", position = "Engineer", start = "2014",
                     end = "Present",
                     summary = "a ] b")
                interface Tangent {}
              }
            }
            """);
    EcjCompilation eclipse = ecj(source);
    List<String> expected =
        List.of(
            "[cvdsl:url] website \"#\"",
            "[cvdsl:date] end \"2014-02-30\" is not a date: February 2014 has 28 days",
            "[cvdsl:date] end \"Present\" is not a date: write present in lower case",
            "[cvdsl:markup] summary has bad inline markup: \"]\" at \"] b\" closes no link:"
                + " write \\\\] for a literal bracket");
    List<String> lines = List.of("website = \"#\"", "\"2014-02-30\"", "\"Present\"", "\"a ] b\"");
    assertEquals(expected.size(), eclipse.errors().size(), () -> eclipse.errors().toString());
    for (int i = 0; i < expected.size(); i++) {
      Diagnostic<? extends JavaFileObject> error = eclipse.errors().get(i);
      String message = error.getMessage(Locale.ROOT);
      assertTrue(message.startsWith(expected.get(i)), message);
      assertTrue(eclipse.line(error).contains(lines.get(i)), eclipse.line(error));
    }
  }
}
