package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.internal.ModelFormat;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A processor and a {@code cv-annotations} whose model records differ: a compile error on the CV,
 * naming both versions and formats and what to do, in place of a model class that would fail when
 * it loads. The class path's other records are simulated by compiling a {@code Url} with a
 * component more, and a {@code ModelFormat} with another id, beside the CV: javac then reads those,
 * not the processor's.
 */
class ModelVersionTest {
  private static final String OUR_URL = "record io.github.cvdsl.model.Url(java.lang.String value)";
  private static final String THEIR_URL =
      "record io.github.cvdsl.model.Url(java.lang.String value, java.lang.String title)";

  private static final JavaFileObject CV =
      source(
          "TestCv",
          """
          @Cv(name = "Kura")
          interface TestCv {
            @Section("Experience")
            interface Experience {
              @Job(organisation = "BBC", position = "Engineer", start = "2019-08")
              interface Bbc {}
            }
          }
          """);

  private static final JavaFileObject OTHER_URL =
      JavaFileObjects.forSourceString(
          "io.github.cvdsl.model.Url",
          """
          package io.github.cvdsl.model;

          public record Url(String value, String title) {}
          """);

  /** The other version's format constant, which the processor reads first. */
  private static final JavaFileObject OTHER_FORMAT =
      JavaFileObjects.forSourceString(
          "io.github.cvdsl.model.internal.ModelFormat",
          """
          package io.github.cvdsl.model.internal;

          public final class ModelFormat {
            public static final String ID = "cvdsl-model-00000000";
          }
          """);

  @TempDir Path otherProperties;

  /** The test's class path, after a folder with {@code cvdsl.properties} saying {@code text}. */
  private static List<File> classPathWith(Path folder, String text) throws IOException {
    Path file = folder.resolve("io/github/cvdsl/model/internal/cvdsl.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<File> classPath = new ArrayList<>(List.of(folder.toFile()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return classPath;
  }

  @Test
  void theClassPathNamesTheFormatItsRecordsMake() throws IOException {
    try (InputStream in = ModelFormat.class.getResourceAsStream(ModelFormat.versionResource())) {
      assertEquals(
          ModelFormat.id(ModelFormat.describe(Cv.class)),
          ModelFormat.properties(in).getProperty("format"),
          "the build writes cvdsl.properties from the compiled records");
    }
  }

  @Test
  void aPropertiesFileThatDisagreesWithTheSameRecordsIsNoError() throws IOException {
    // An older cv-annotations, or one a build tool copied without the file: the records decide.
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CvProcessor())
            .withClasspath(classPathWith(otherProperties, "version=0.0.9\nformat=other\n"))
            .compile(CV);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void recordsThatDifferAreAnErrorOnTheCvNamingBothVersions() throws IOException {
    String ours = ModelFormat.describe(Cv.class);
    String theirs = ours.replace(OUR_URL + "\n", THEIR_URL + "\n");
    assertNotEquals(ours, theirs, "the processor's Url is " + OUR_URL);
    String version = ModelFormat.version();
    assertEquals(false, version.contains("$"), "cvdsl.properties is filtered: " + version);

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CvProcessor())
            .withClasspath(classPathWith(otherProperties, "version=0.0.9\nformat=cvdsl-model-1\n"))
            .compile(CV, OTHER_URL, OTHER_FORMAT);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:version] cv-processor "
                + version
                + " writes model format "
                + ModelFormat.id(ours)
                + ", but the cv-annotations on the class path (0.0.9) has model format "
                + ModelFormat.id(theirs)
                + " ("
                + THEIR_URL
                + "): use the same cvdsl version for cv-processor on the processor path and for"
                + " the cv-annotations dependency, then compile again")
        .inFile(CV)
        .onLineContaining("@Cv(name = \"Kura\")");
  }

  @Test
  void anOlderCvAnnotationsWithTheSameRecordsButNoModelAccessIsAnErrorOnTheCv()
      throws IOException {
    Path annotations = Compilations.annotationsLocation();
    Path older = otherProperties.resolve("older");
    if (Files.isDirectory(annotations)) {
      copyWithoutModelAccess(annotations, older);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(annotations)) {
        copyWithoutModelAccess(jar.getPath("/"), older);
      }
    }
    List<File> classPath = classPathWith(older, "version=0.0.9\nformat=" + ModelFormat.ID + "\n");
    classPath.removeIf(entry -> entry.toPath().equals(annotations));

    Compilation compilation =
        Compiler.javac().withProcessors(new CvProcessor()).withClasspath(classPath).compile(CV);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:version] cv-processor "
                + ModelFormat.version()
                + " writes model format "
                + ModelFormat.ID
                + ", but the cv-annotations on the class path (0.0.9) has model format "
                + ModelFormat.ID
                + " (it has no io.github.cvdsl.model.internal.ModelAccess, which the model class"
                + " calls): use the same cvdsl version")
        .inFile(CV)
        .onLineContaining("@Cv(name = \"Kura\")");
  }

  private static void copyWithoutModelAccess(Path root, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().startsWith("ModelAccess")) {
          Path copy = target.resolve(root.relativize(file).toString());
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy);
        }
      }
    }
  }

  @Test
  void theClassPathsRecordsDescribedThroughTheCompilerMatchReflection() {
    // Every CV that compiles goes through the same comparison; this one says so out loud.
    Compilation compilation = javac(CV);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.TestCvModel");
  }
}
