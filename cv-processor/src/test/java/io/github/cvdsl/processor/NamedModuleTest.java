package io.github.cvdsl.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CV in a named module, {@code cv-annotations} on the module path as the automatic module its jar
 * names: the model class is generated and compiles, and carries {@code @Generated} only where the
 * module reads {@code java.compiler}, which the processor asks of the CV's own module.
 */
class NamedModuleTest {
  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theModelCompilesInTheCvsModuleAndUsesOnlyWhatItReads(boolean readsJavaCompiler)
      throws IOException {
    Path sources = folder.resolve("src");
    Files.createDirectories(sources.resolve("org/example"));
    Files.writeString(
        sources.resolve("module-info.java"),
        "module my.cv {\n  requires io.github.cvdsl;\n"
            + (readsJavaCompiler ? "  requires java.compiler;\n" : "")
            + "}\n");
    Files.writeString(
        sources.resolve("org/example/MyCv.java"),
        """
        package org.example;

        import io.github.cvdsl.*;

        @Cv(name = "Kura")
        public interface MyCv {
          @Section("Experience")
          interface Experience {
            @Job(organisation = "BBC", position = "Engineer", start = "2019-08")
            interface Bbc {}
          }
        }
        """);
    Path classes = Files.createDirectories(folder.resolve("classes"));
    Path generated = Files.createDirectories(folder.resolve("generated"));
    List<String> options =
        List.of(
            // In the module graph either way: whether the CV's module reads it is what counts.
            "--add-modules",
            "java.compiler",
            "--module-path",
            annotationsJar().toString(),
            "-d",
            classes.toString(),
            "-s",
            generated.toString());
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              diagnostics,
              files,
              null,
              options,
              null,
              files.getJavaFileObjects(
                  sources.resolve("module-info.java"), sources.resolve("org/example/MyCv.java")));
      task.setProcessors(List.of(new CvProcessor()));
      assertTrue(task.call(), diagnostics.toString());
    }
    assertEquals("", diagnostics.toString());
    assertTrue(Files.exists(classes.resolve("org/example/MyCvModel$Experience.class")));
    String model = Files.readString(generated.resolve("org/example/MyCvModel.java"));
    assertTrue(model.contains("public Job bbc()"), model);
    assertEquals(readsJavaCompiler, model.contains("@Generated("), model);
  }

  /** The DSL's classes as a jar whose manifest names the automatic module, as the real one does. */
  private Path annotationsJar() throws IOException {
    Path classes = Compilations.annotationsLocation();
    if (Files.isRegularFile(classes)) {
      return classes;
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Automatic-Module-Name", "io.github.cvdsl");
    Path jar = folder.resolve("cv-annotations.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
    return jar;
  }
}
