package io.github.cvdsl.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a project's Java sources in this JVM with javac and the cvdsl processor, into a fresh
 * folder each time, and returns what the processor rendered there.
 *
 * <p>Sources are read from disk at the start of each compilation and handed to javac as text, so
 * javac never compiles a file from a cache that an edit has outdated; the project's own class
 * output is kept off the class path, so no class of an earlier build stands in for a source.
 */
final class CvCompiler implements AutoCloseable {
  /** Where the processor renders, below the class output. */
  static final String RENDERED_FOLDER = "cv";

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final JavaCompiler javac;
  private final StandardJavaFileManager fileManager;
  private final Path projectDir;
  private final List<Path> sourceRoots;
  private final List<String> options;
  private final Charset encoding;
  private final ClassLoader processorLoader;

  /**
   * @param projectDir the project's folder; file names in messages are relative to it
   * @param sourceRoots the folders whose {@code .java} files make the CV, missing ones ignored
   * @param classPath the compile class path, without the project's own class output
   * @param processorOptions the {@code -Akey=value} options for the processor
   * @param encoding the sources' encoding
   * @param processorLoader where the annotation processors are found, as javac finds them on a
   *     processor path: every {@link Processor} it registers as a service runs
   * @param processingOnly whether javac stops after the processors ({@code -proc:only}): no class
   *     is compiled, so errors in code bodies go unreported, but the rendered files come sooner
   */
  CvCompiler(
      Path projectDir,
      List<Path> sourceRoots,
      List<Path> classPath,
      List<String> processorOptions,
      Charset encoding,
      ClassLoader processorLoader,
      boolean processingOnly) {
    this.javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException(
          "This Java runtime has no compiler (javax.tools): run Maven with a JDK, not a JRE");
    }
    this.projectDir = projectDir.toAbsolutePath().normalize();
    this.sourceRoots = List.copyOf(sourceRoots);
    this.encoding = encoding;
    this.processorLoader = processorLoader;
    this.fileManager = javac.getStandardFileManager(null, null, encoding);
    try {
      fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
      // Only the sources handed over are compiled: no stale source is found through a path.
      fileManager.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> javacOptions = new ArrayList<>();
    if (processingOnly) {
      javacOptions.add("-proc:only");
    } else if (Runtime.version().feature() >= 21) {
      // JDK 23+ runs no processor by default unless asked; -proc:full asks on every JDK since 21.
      javacOptions.add("-proc:full");
    }
    javacOptions.addAll(List.of("-implicit:none", "-encoding", encoding.name()));
    javacOptions.addAll(processorOptions);
    this.options = List.copyOf(javacOptions);
  }

  /** The options javac is given, apart from the output folders. */
  List<String> options() {
    return options;
  }

  /** Compiles every source under the source roots as they are on disk now. */
  Compilation compile() throws IOException {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    Path output = Files.createTempDirectory("cvdsl-watch-");
    try {
      Path classes = Files.createDirectory(output.resolve("classes"));
      Path generated = Files.createDirectory(output.resolve("generated"));
      fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      fileManager.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      List<JavaFileObject> sources = readSources();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      boolean succeeded;
      List<Problem> problems = new ArrayList<>();
      if (sources.isEmpty()) {
        succeeded = true;
      } else {
        JavaCompiler.CompilationTask task =
            javac.getTask(null, fileManager, diagnostics, options, null, sources);
        try {
          task.setProcessors(processors());
          succeeded = task.call();
        } catch (ServiceConfigurationError e) {
          succeeded = false;
          problems.add(new Problem(true, "", 0, 0, "A processor could not be loaded: " + e, ""));
        } catch (RuntimeException e) {
          // javac itself failed (the processor never throws): say so instead of dying.
          succeeded = false;
          problems.add(new Problem(true, "", 0, 0, "javac failed: " + e, ""));
        }
      }
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        toProblem(diagnostic).ifPresent(problems::add);
      }
      Map<String, byte[]> rendered = readRendered(classes);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      return new Compilation(succeeded, problems, rendered, millis, cpuMillis);
    } finally {
      deleteTree(output);
    }
  }

  /**
   * New instances of the processors on the processor path, as javac makes for each compilation;
   * the loader stays, so their classes load and warm up once.
   */
  private List<Processor> processors() {
    List<Processor> processors = new ArrayList<>();
    ServiceLoader.load(Processor.class, processorLoader).forEach(processors::add);
    return processors;
  }

  private List<JavaFileObject> readSources() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : sourceRoots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.getFileName().toString().endsWith(".java"))
            .filter(Files::isRegularFile)
            .forEach(files::add);
      } catch (UncheckedIOException e) {
        if (!(e.getCause() instanceof NoSuchFileException)) {
          throw e.getCause();
        }
        // A folder deleted while it was listed: the next change compiles again.
      }
    }
    files.sort(Comparator.naturalOrder());
    List<JavaFileObject> sources = new ArrayList<>();
    for (Path file : files) {
      String text;
      try {
        text = decode(Files.readAllBytes(file));
      } catch (NoSuchFileException e) {
        continue; // deleted or renamed since it was listed
      }
      sources.add(new SourceText(file.toUri(), text));
    }
    return sources;
  }

  private String decode(byte[] bytes) throws IOException {
    // A half-written multi-byte character becomes U+FFFD, not an exception: javac then reports.
    return encoding
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private Optional<Problem> toProblem(Diagnostic<? extends JavaFileObject> diagnostic) {
    boolean error = diagnostic.getKind() == Diagnostic.Kind.ERROR;
    boolean warning =
        diagnostic.getKind() == Diagnostic.Kind.WARNING
            || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
    if (!error && !warning) {
      return Optional.empty();
    }
    JavaFileObject source = diagnostic.getSource();
    String file = "";
    String sourceLine = "";
    long line = Math.max(0, diagnostic.getLineNumber());
    long column = Math.max(0, diagnostic.getColumnNumber());
    if (source != null) {
      file = displayName(source.toUri());
      if (line > 0) {
        try {
          sourceLine = lineOf(source.getCharContent(true).toString(), line);
        } catch (IOException e) {
          sourceLine = "";
        }
      }
    }
    String message = diagnostic.getMessage(null);
    return Optional.of(new Problem(error, file, line, column, message, sourceLine));
  }

  private String displayName(URI uri) {
    if (!"file".equals(uri.getScheme())) {
      return uri.toString();
    }
    Path path = Path.of(uri).toAbsolutePath().normalize();
    return path.startsWith(projectDir)
        ? projectDir.relativize(path).toString().replace('\\', '/')
        : path.toString();
  }

  /** Line {@code number} (1-based) of {@code text}, tabs expanded to javac's stops of 8. */
  static String lineOf(String text, long number) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    if (number < 1 || number > lines.length) {
      return "";
    }
    String line = lines[(int) (number - 1)];
    StringBuilder expanded = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        do {
          expanded.append(' ');
        } while (expanded.length() % 8 != 0);
      } else {
        expanded.append(c);
      }
    }
    return expanded.toString();
  }

  private static Map<String, byte[]> readRendered(Path classes) throws IOException {
    Map<String, byte[]> rendered = new TreeMap<>();
    Path folder = classes.resolve(RENDERED_FOLDER);
    if (!Files.isDirectory(folder)) {
      return rendered;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String name = classes.relativize(file).toString().replace('\\', '/');
        rendered.put(name, Files.readAllBytes(file));
      }
    }
    return rendered;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Override
  public void close() throws IOException {
    fileManager.close();
  }

  /** A source as read from disk at the start of a compilation. */
  private static final class SourceText extends SimpleJavaFileObject {
    private final String text;

    SourceText(URI uri, String text) {
      super(uri, Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
