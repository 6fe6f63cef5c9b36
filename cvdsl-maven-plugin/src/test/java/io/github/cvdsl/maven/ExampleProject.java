package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of the example CV's sources in a folder of its own, previewed as {@code mvn cvdsl:watch}
 * previews a project, with helpers to edit the source and wait for the page.
 */
final class ExampleProject implements AutoCloseable {
  /** The example CV's source, read from the reactor (tests run in this module's folder). */
  static final Path EXAMPLE_SOURCE =
      Path.of("../example-cv/src/main/java/io/github/cvdsl/example/KuraCv.java");

  static final Path EXAMPLE_POM = Path.of("../example-cv/pom.xml");

  static final String RELATIVE_SOURCE = "src/main/java/io/github/cvdsl/example/KuraCv.java";

  final Path dir;
  final Path sourceRoot;
  final Path source;
  final Path classOutput;
  final String original;
  private LivePreview preview;
  private final HttpClient http = HttpClient.newHttpClient();

  ExampleProject(Path dir) throws IOException {
    this.dir = dir;
    this.sourceRoot = dir.resolve("src/main/java");
    this.source = dir.resolve(RELATIVE_SOURCE);
    this.classOutput = dir.resolve("target/classes");
    this.original = Files.readString(EXAMPLE_SOURCE, StandardCharsets.UTF_8);
    Files.createDirectories(source.getParent());
    Files.writeString(source, original, StandardCharsets.UTF_8);
  }

  /** The compile class path a user's project has: {@code cv-annotations} only. */
  static List<Path> classPath() {
    try {
      return List.of(
          Path.of(io.github.cvdsl.Cv.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The processor options {@code example-cv/pom.xml} gives the compiler, html added as the preview
   * adds it: the preview renders every format the example renders.
   */
  static List<String> exampleOptions() {
    try {
      String pom = Files.readString(EXAMPLE_POM, StandardCharsets.UTF_8);
      List<String> args = new ArrayList<>();
      Matcher arg = Pattern.compile("<arg>\\s*([^<]*?)\\s*</arg>").matcher(pom);
      while (arg.find()) {
        args.add(arg.group(1));
      }
      return ProcessorOptions.withHtml(ProcessorOptions.of(args));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CvCompiler compiler(List<String> options, boolean processingOnly) {
    return new CvCompiler(
        dir,
        List.of(sourceRoot),
        classPath(),
        options,
        StandardCharsets.UTF_8,
        // The tests' class path is the processor path: cv-processor and the renderers it uses.
        ExampleProject.class.getClassLoader(),
        processingOnly);
  }

  LivePreview start(int port, String cv) throws IOException {
    preview =
        new LivePreview(
            compiler(ProcessorOptions.htmlOnly(exampleOptions()), true),
            compiler(exampleOptions(), false),
            List.of(sourceRoot),
            new LivePreview.Settings(port, cv, 25, classOutput),
            new LivePreview.Log() {
              @Override
              public void info(String message) {
                System.out.println("[preview] " + message);
              }

              @Override
              public void warn(String message) {
                System.out.println("[preview] WARN " + message);
              }
            });
    preview.start();
    return preview;
  }

  LivePreview preview() {
    return preview;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + preview.server().port() + path);
  }

  String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return response.body();
  }

  /** The page at {@code path} once it satisfies {@code test}; fails after 30 s. */
  String awaitPage(String path, Predicate<String> test) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String page = get(path);
    while (!test.test(page)) {
      assertTrue(
          System.nanoTime() < deadline,
          () -> "The page never showed what was expected; it was:\n" + lastPage(path));
      Thread.sleep(20);
      page = get(path);
    }
    return page;
  }

  private String lastPage(String path) {
    try {
      return get(path);
    } catch (Exception e) {
      return e.toString();
    }
  }

  /** Replaces {@code from} with {@code to} in the CV's source, which must hold it. */
  void edit(String from, String to) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), () -> "The source holds no " + from);
    // Saved whole, as editors save, so no compilation reads it empty between truncation and
    // write; a half-written file has a test of its own.
    Path saved = source.resolveSibling(source.getFileName() + ".saving");
    Files.writeString(saved, text.replace(from, to), StandardCharsets.UTF_8);
    Files.move(saved, source, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The 1-based line of the source that holds {@code text}. */
  int lineOf(String text) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("No line holds " + text);
  }

  @Override
  public void close() throws IOException {
    if (preview != null) {
      preview.close();
    }
  }
}
