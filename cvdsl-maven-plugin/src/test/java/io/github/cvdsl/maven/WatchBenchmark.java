package io.github.cvdsl.maven;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures the preview on the example CV, as a person sees it: the time from starting the preview
 * to the first page holding the CV, and for each save the time from the file write to the first
 * event announcing the change and to the first response that holds it. Prints medians; not a test.
 *
 * <p>Arguments: the number of measured edits (default 30), and of edits before them (default 10).
 */
public final class WatchBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String SUMMARY = "Building and maintaining the BIDI CDN for iPlayer.";

  public static void main(String[] args) throws Exception {
    int edits = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path dir = Files.createTempDirectory("cvdsl-watch-benchmark-");
    HttpClient http = HttpClient.newHttpClient();
    try (ExampleProject project = new ExampleProject(dir)) {
      long start = System.nanoTime();
      project.start(0, null);
      project.awaitPage("/", page -> page.contains(SUMMARY));
      double firstPage = millisSince(start);

      BlockingQueue<Long> events = new LinkedBlockingQueue<>();
      http.sendAsync(
              HttpRequest.newBuilder(project.uri("/events")).build(),
              HttpResponse.BodyHandlers.ofLines())
          .thenAccept(
              response ->
                  response.body()
                      .filter(line -> line.startsWith("data: "))
                      .forEach(line -> events.add(System.nanoTime())));
      events.poll(10, TimeUnit.SECONDS); // the version the stream starts with

      Thread.sleep(10_000); // a person's first edit comes seconds after the page
      double firstEdit = 0;
      List<Double> toEvent = new ArrayList<>();
      List<Double> toPage = new ArrayList<>();
      List<Double> toFiles = new ArrayList<>();
      List<Double> compile = new ArrayList<>();
      List<Double> compileCpu = new ArrayList<>();
      List<Double> javacAlone = new ArrayList<>();
      List<Double> javacAloneCpu = new ArrayList<>();
      JavacAlone floor = new JavacAlone(project.source);
      for (int i = 0; i < warmup + edits; i++) {
        String text = "Edit number " + i + " of the summary.";
        events.clear();
        long written = System.nanoTime();
        Files.writeString(
            project.source, project.original.replace(SUMMARY, text), StandardCharsets.UTF_8);
        Long event = events.poll(30, TimeUnit.SECONDS);
        if (event == null) {
          throw new IllegalStateException("No event after edit " + i);
        }
        String page = http.send(
                HttpRequest.newBuilder(project.uri("/")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
            .body();
        long served = System.nanoTime();
        if (!page.contains(text)) {
          // An event for a compilation of an earlier state: wait for the page that holds it.
          project.awaitPage("/", p -> p.contains(text));
          served = System.nanoTime();
        }
        if (i == 0) {
          firstEdit = (served - written) / 1e6;
        }
        // A person saves again seconds later, after the build of every format has ended.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (project.preview().builtVersion() < project.preview().version()) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("No build of every format after edit " + i);
          }
          Thread.sleep(5);
        }
        if (i >= warmup) {
          toFiles.add(millisSince(written));
        }
        if (i >= warmup) {
          toEvent.add((event - written) / 1e6);
          toPage.add((served - written) / 1e6);
          compile.add((double) project.preview().lastCompilation().millis());
          compileCpu.add((double) project.preview().lastCompilation().cpuMillis());
        }
        // Side by side: javac alone on the same source, no processor, in the same JVM.
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        double javac = floor.compileMillis();
        if (i >= warmup) {
          javacAlone.add(javac);
          javacAloneCpu.add((THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e6);
        }
        Thread.sleep(150); // one save at a time: no debouncing of one edit into the next
      }
      System.out.printf(
          Locale.ROOT,
          "Example CV, %d edits after %d warm-up edits (JDK %s)%n"
              + "  first page after start:      %6.0f ms%n"
              + "  first edit to page:          %6.0f ms (10 s after the first page)%n"
              + "  edit to event, median:       %6.1f ms (min %.1f, max %.1f)%n"
              + "  edit to page, median:        %6.1f ms (min %.1f, max %.1f)%n"
              + "  edit to every file written:  %6.1f ms (median; %s)%n"
              + "  compilation, median:         %6.1f ms (thread CPU time %.1f ms)%n"
              + "  javac alone (-proc:none):    %6.1f ms (thread CPU time %.1f ms), the floor now%n"
              + "  load average:                %6.2f%n",
          edits,
          warmup,
          Runtime.version(),
          firstPage,
          firstEdit,
          median(toEvent),
          Collections.min(toEvent),
          Collections.max(toEvent),
          median(toPage),
          Collections.min(toPage),
          Collections.max(toPage),
          median(toFiles),
          ExampleProject.exampleOptions(),
          median(compile),
          median(compileCpu),
          median(javacAlone),
          median(javacAloneCpu),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      CvCompiler.deleteTree(dir);
    }
    System.exit(0);
  }

  /** javac on one source with no processor, into a folder of its own: what any compile costs. */
  private static final class JavacAlone {
    private final Path source;
    private final javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();

    JavacAlone(Path source) {
      this.source = source;
    }

    double compileMillis() throws Exception {
      Path out = Files.createTempDirectory("cvdsl-javac-alone-");
      try {
        long start = System.nanoTime();
        List<String> options =
            List.of(
                "-proc:none",
                "-d",
                out.toString(),
                "-classpath",
                ExampleProject.classPath().get(0).toString());
        try (var files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
          boolean ok =
              javac.getTask(null, files, null, options, null, files.getJavaFileObjects(source)).call();
          if (!ok) {
            throw new IllegalStateException("javac alone failed on " + source);
          }
        }
        return millisSince(start);
      } finally {
        CvCompiler.deleteTree(out);
      }
    }
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
