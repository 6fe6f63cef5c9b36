package io.github.cvdsl.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.cvdsl.model.Cv;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles CV sources with the processor, and loads the model a compilation generated. */
final class Compilations {
  private Compilations() {}

  /** A source file {@code test/<name>.java}, the package and DSL imports added. */
  static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString(
        "test." + name, "package test;\n\nimport io.github.cvdsl.*;\n\n" + body);
  }

  static Compilation javac(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new CvProcessor()).compile(sources);
  }

  /**
   * Compiles {@code source} with the system javac and the processor, on the test classpath, into
   * folders rather than compile-testing's memory: for what needs real files, such as a source
   * encoding or rendered files. Fails the test with javac's messages if it does not compile.
   *
   * @param options javac options besides the classpath and the output folders
   */
  static void javacToFolders(Path source, Path classes, Path generated, String... options)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> arguments = new ArrayList<>(List.of(options));
    arguments.addAll(
        List.of(
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            "-s",
            generated.toString()));
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              diagnostics, files, null, arguments, null, files.getJavaFileObjects(source));
      task.setProcessors(List.of(new CvProcessor()));
      assertTrue(task.call(), diagnostics.toString());
    }
  }

  /**
   * Calls {@code cv()} of the generated {@code modelClass}, loaded from the compilation's output.
   */
  static Cv model(Compilation compilation, String modelClass) {
    try {
      return (Cv) modelClass(compilation, modelClass).getMethod("cv").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot call " + modelClass + ".cv()", unwrap(e));
    }
  }

  /** The generated {@code modelClass}, loaded from the compilation's output. */
  static Class<?> modelClass(Compilation compilation, String modelClass) {
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length());
        classes.put(name.replace(".class", "").replace('/', '.'), read(file));
      }
    }
    ClassLoader loader =
        new ClassLoader(Compilations.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
          }
        };
    try {
      return loader.loadClass(modelClass);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no class " + modelClass, e);
    }
  }

  /**
   * Calls {@code cv()} of {@code modelClass}, loaded from a compiler's class output folder: for
   * compilations that compile-testing does not run, such as ecj's or one with a source encoding.
   */
  static Cv model(Path classes, String modelClass)
      throws ReflectiveOperationException, IOException {
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, Compilations.class.getClassLoader())) {
      return (Cv) loader.loadClass(modelClass).getMethod("cv").invoke(null);
    }
  }

  /** Where this JVM loads the DSL's classes from: a folder while Maven tests, the jar in verify. */
  static Path annotationsLocation() {
    try {
      return Path.of(
          io.github.cvdsl.Cv.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How often {@code part} occurs in {@code text}, occurrences not overlapping. */
  static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }

  /** The text of the generated source file of {@code qualifiedName}. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Throwable unwrap(ReflectiveOperationException e) {
    return e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
  }

  private static byte[] read(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
