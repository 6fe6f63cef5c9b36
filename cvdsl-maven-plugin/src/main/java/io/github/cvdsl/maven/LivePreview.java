package io.github.cvdsl.maven;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The live preview: compiles the CV sources, serves the rendered CV, and compiles again shortly
 * after each change to a source, announcing every result to the open pages. Compilations run one
 * at a time on one thread; changes that arrive during one lead to exactly one more, so the last
 * save always wins.
 *
 * <p>The page comes first: each change is compiled twice, once for the page, running the
 * processors and rendering HTML alone ({@code -proc:only}), then, on a thread of its own, fully and
 * rendering every format the project renders, for the files a build writes. A PDF takes far longer
 * than the page it is made from, and so do the class files; nobody waits for them. Problems only
 * the second compilation finds (javac's in code bodies, a format's own) join the page when it
 * ends.
 */
final class LivePreview implements AutoCloseable {

  /** What the preview reports to the person running it. */
  interface Log {
    void info(String message);

    void warn(String message);
  }

  /**
   * How to build and serve the preview.
   *
   * @param port the port on 127.0.0.1, or 0 for any free one
   * @param cv the simple name of the CV type to show at {@code /}, or null to choose by count
   * @param debounceMillis how long to wait after a change for more before compiling
   * @param renderedOutput where rendered files are written as a build would (the class output),
   *     or null to write none
   */
  record Settings(int port, String cv, long debounceMillis, Path renderedOutput) {}

  /** How long the build for the files waits after the page, for a save that would outdate it. */
  private static final long BUILD_PAUSE_MILLIS = 300;

  private final CvCompiler compiler;
  private final CvCompiler buildCompiler;
  private final Settings settings;
  private final Log log;
  private final List<Path> watchedRoots;
  private final ScheduledExecutorService compileThread;
  private final ScheduledExecutorService buildThread;
  private PreviewServer server;
  private SourceWatcher watcher;
  private ScheduledFuture<?> pending;
  private volatile Compilation lastCompilation;
  private volatile long builtVersion;

  /** The state pages are made from; replaced whole, read without locks. */
  private volatile State state = new State(0, Map.of(), List.of(), true);

  private record State(
      long version, Map<String, byte[]> lastGood, List<Problem> problems, boolean compiling) {}

  /**
   * @param compiler compiles for the page; it must render HTML
   * @param buildCompiler compiles as a build does, rendering every format the project renders
   */
  LivePreview(
      CvCompiler compiler,
      CvCompiler buildCompiler,
      List<Path> sourceRoots,
      Settings settings,
      Log log) {
    this.compiler = compiler;
    this.buildCompiler = buildCompiler;
    this.settings = settings;
    this.log = log;
    this.watchedRoots = sourceRoots.stream().filter(Files::isDirectory).toList();
    this.compileThread =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "cvdsl-compile");
              thread.setDaemon(true);
              return thread;
            });
    this.buildThread =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "cvdsl-build");
              thread.setDaemon(true);
              // The page's compilation goes first when both want the processor.
              thread.setPriority(Thread.MIN_PRIORITY);
              return thread;
            });
  }

  /**
   * Opens the port, starts watching, and compiles once; returns without waiting for that first
   * compilation, whose result the page shows when it is done.
   *
   * @throws PreviewServer.PortInUseException if the port is taken
   */
  void start() throws IOException {
    server = new PreviewServer(settings.port(), this::page);
    server.start();
    if (watchedRoots.isEmpty()) {
      log.warn("No source folder exists yet: nothing to watch");
    } else {
      watcher = new SourceWatcher(watchedRoots, changed -> changed());
      watcher.start();
    }
    compileThread.execute(this::compile);
  }

  /** The preview's address. */
  URI uri() {
    return server.uri();
  }

  PreviewServer server() {
    return server;
  }

  /** The version the pages show; it grows by one with each compilation. */
  long version() {
    return state.version();
  }

  /** The last compilation, or null before the first has ended. */
  Compilation lastCompilation() {
    return lastCompilation;
  }

  /**
   * The version whose files the last build wrote (or whose build failed), 0 before the first: when
   * it equals {@link #version()}, the files on disk are those of the sources the page shows.
   */
  long builtVersion() {
    return builtVersion;
  }

  /** Schedules a compilation after the quiet time, putting off any that has not started. */
  synchronized void changed() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = compileThread.schedule(this::compile, settings.debounceMillis(), TimeUnit.MILLISECONDS);
  }

  private void compile() {
    Compilation compilation = compileWith(compiler);
    lastCompilation = compilation;
    State now;
    synchronized (this) {
      State before = state;
      Map<String, byte[]> shown =
          compilation.succeeded() ? compilation.rendered() : before.lastGood();
      now = new State(before.version() + 1, shown, compilation.problems(), false);
      state = now;
    }
    // The pages first: the files on disk are for tools that read them at their own pace.
    server.announce(now.version());
    logResult(compilation);
    if (compilation.succeeded()) {
      // After a pause: a save that follows at once makes this build needless, and it would only
      // take a core from the compilation of that save.
      buildThread.schedule(() -> build(now.version()), BUILD_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** Compiles for the files of the page's version {@code version}, unless a newer one exists. */
  private void build(long version) {
    if (state.version() != version) {
      return; // a newer page is out, and a build of its own is queued
    }
    Compilation build = compileWith(buildCompiler);
    synchronized (this) {
      State current = state;
      if (current.version() != version) {
        return; // the sources changed while this built: its files are out of date
      }
      if (build.succeeded()) {
        writeRendered(build.rendered());
      } else {
        logResult(build);
      }
      if (!build.problems().equals(current.problems())) {
        state = new State(version + 1, current.lastGood(), build.problems(), false);
        server.announce(version + 1);
      }
      builtVersion = state.version();
    }
  }

  private static Compilation compileWith(CvCompiler compiler) {
    try {
      return compiler.compile();
    } catch (IOException | RuntimeException e) {
      return new Compilation(
          false,
          List.of(new Problem(true, "", 0, 0, "Could not compile: " + e, "")),
          Map.of(),
          0,
          0);
    }
  }

  private void logResult(Compilation compilation) {
    if (compilation.succeeded()) {
      log.info(
          "Compiled in "
              + compilation.millis()
              + " ms: "
              + (compilation.rendered().isEmpty()
                  ? "no CV rendered"
                  : String.join(", ", compilation.rendered().keySet())));
    } else {
      log.warn(
          "Compiled in "
              + compilation.millis()
              + " ms with "
              + plural(compilation.errorCount(), "error")
              + "; the page shows them");
      for (Problem problem : compilation.problems()) {
        if (problem.error()) {
          log.warn(
              (problem.location().isEmpty() ? "" : problem.location() + ": ") + problem.message());
        }
      }
    }
  }

  private void writeRendered(Map<String, byte[]> rendered) {
    if (settings.renderedOutput() == null) {
      return;
    }
    for (Map.Entry<String, byte[]> file : rendered.entrySet()) {
      Path target = settings.renderedOutput().resolve(file.getKey());
      try {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.write(partial, file.getValue());
        Files.move(
            partial,
            target,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        log.warn("Could not write " + target + ": " + e);
      }
    }
  }

  /** The page for a request path, made from the current state. */
  Optional<String> page(String path) {
    State current = state;
    List<String> names = new ArrayList<>();
    for (String file : current.lastGood().keySet()) {
      PreviewPages.cvName(file).ifPresent(names::add);
    }
    if (path.equals("/") || path.equals("/index.html")) {
      if (current.compiling() && current.lastGood().isEmpty()) {
        return Optional.of(
            PreviewPages.noCv("Compiling the CV…", current.version(), current.problems()));
      }
      if (settings.cv() != null) {
        return Optional.of(cvPageOrWhyNot(current, settings.cv(), names));
      }
      if (names.size() == 1) {
        return Optional.of(cvPageOrWhyNot(current, names.get(0), names));
      }
      if (names.isEmpty()) {
        return Optional.of(
            PreviewPages.noCv(
                current.problems().isEmpty()
                    ? "No @Cv type was rendered: the sources under "
                        + watchedRoots
                        + " hold none, or the processor's cvdsl.render option leaves out html."
                    : "No CV has compiled yet.",
                current.version(),
                current.problems()));
      }
      return Optional.of(PreviewPages.index(names, current.version(), current.problems()));
    }
    if (path.startsWith("/cv/")) {
      String name = path.substring("/cv/".length());
      if (name.endsWith(".html")) {
        name = name.substring(0, name.length() - ".html".length());
      }
      return Optional.of(cvPageOrWhyNot(current, name, names));
    }
    return Optional.empty();
  }

  private static String cvPageOrWhyNot(State current, String name, List<String> names) {
    byte[] html = current.lastGood().get(CvCompiler.RENDERED_FOLDER + "/" + name + ".html");
    if (html == null) {
      String reason =
          names.isEmpty()
              ? "No CV has compiled yet."
              : "No CV type is called " + name + ": the CVs are " + String.join(", ", names) + ".";
      return PreviewPages.noCv(reason, current.version(), current.problems());
    }
    return PreviewPages.cvPage(
        new String(html, StandardCharsets.UTF_8), current.version(), current.problems());
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  @Override
  public void close() throws IOException {
    try {
      if (watcher != null) {
        watcher.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      compileThread.shutdownNow();
      buildThread.shutdownNow();
      try {
        compileThread.awaitTermination(5, TimeUnit.SECONDS);
        buildThread.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try (buildCompiler) {
        compiler.close();
      }
    }
  }
}
