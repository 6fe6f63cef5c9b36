package io.github.cvdsl.render;

import io.github.cvdsl.model.Cv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times each renderer on a realistic CV and on synthetic CVs of 1,000 and 10,000 entries with five
 * bullets each: median wall time, CPU time and bytes allocated per render of a warm renderer, after
 * every renderer has rendered every CV several times. Not a unit test; run it with
 *
 * <pre>
 * mvn -B -ntp -pl cv-renderers -am test-compile exec:exec -Dbenchmark=renderers
 * </pre>
 *
 * <p>Each measurement runs in several fresh JVMs, one after another, and the figures are the median
 * over them: on the development machine one JVM can render 1.5 times as fast as the next on the
 * same build, all formats alike, even when no garbage collection runs while it measures.
 */
public final class RenderBenchmark {

  private static final List<String> FORMATS = List.of("markdown", "html", "text");
  private static final List<String> CVS = List.of("realistic", "1,000 entries", "10,000 entries");
  // Every renderer is warmed on every CV before anything is measured: warming one pair at a time
  // measured the first sizes while the JIT was still compiling (1,000 entries looked slower per
  // entry than 10,000), and the formats share code whose compiled form changes as others run.
  private static final int WARM_UP_ROUNDS = 10;
  private static final int MEASURED_RUNS = 21;
  private static final String FORK = "--fork";
  private static final String RESULT = "result";

  private RenderBenchmark() {}

  /** A measurement: median wall and CPU nanoseconds and bytes allocated per render. */
  private record Result(long nanos, long cpuNanos, long bytes, long chars) {}

  /**
   * Measures in {@code args[0]} fresh JVMs (5 if not given) and prints the medians over them.
   *
   * @param args the number of JVMs; {@value #FORK} measures in this JVM and prints raw results
   * @throws IOException if a JVM cannot be started
   * @throws InterruptedException if interrupted while waiting for one
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length > 0 && args[0].equals(FORK)) {
      measureHere();
      return;
    }
    int forks = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    if (forks < 1) {
      throw new IllegalArgumentException("Measure in at least one JVM, not " + forks);
    }
    // [fork][cv][format]
    Result[][][] results = new Result[forks][CVS.size()][FORMATS.size()];
    for (int fork = 0; fork < forks; fork++) {
      results[fork] = fork();
      System.out.printf(
          Locale.ROOT,
          "JVM %d of %d: 10,000 entries %.1f ms (%s)%n",
          fork + 1,
          forks,
          total(results[fork][2]) / 1e6,
          perFormat(results[fork][2]));
    }
    System.out.printf(
        Locale.ROOT,
        "%n%-16s %-9s %10s %10s %14s %10s%n",
        "cv",
        "format",
        "median ms",
        "CPU ms",
        "MB allocated",
        "output KB");
    Result[][] medians = new Result[CVS.size()][FORMATS.size()];
    for (int c = 0; c < CVS.size(); c++) {
      for (int f = 0; f < FORMATS.size(); f++) {
        int cv = c;
        int format = f;
        Result median =
            new Result(
                median(Arrays.stream(results).mapToLong(r -> r[cv][format].nanos()).toArray()),
                median(Arrays.stream(results).mapToLong(r -> r[cv][format].cpuNanos()).toArray()),
                median(Arrays.stream(results).mapToLong(r -> r[cv][format].bytes()).toArray()),
                results[0][cv][format].chars());
        medians[c][f] = median;
        System.out.printf(
            Locale.ROOT,
            "%-16s %-9s %10.2f %10.2f %14.2f %10d%n",
            CVS.get(c),
            FORMATS.get(f),
            median.nanos() / 1e6,
            median.cpuNanos() / 1e6,
            median.bytes() / 1e6,
            median.chars() / 1024);
      }
    }
    long[] totals = Arrays.stream(results).mapToLong(r -> total(r[2])).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "%nAll three formats, 10,000 entries: %.1f ms, the median of %d JVMs (%.1f to %.1f ms)"
            + "%n",
        median(totals) / 1e6,
        forks,
        totals[0] / 1e6,
        totals[totals.length - 1] / 1e6);
    for (int f = 0; f < FORMATS.size(); f++) {
      System.out.printf(
          Locale.ROOT,
          "Growth %-9s 10,000 / 1,000 entries: %.1fx (target <= 11x)%n",
          FORMATS.get(f),
          (double) medians[2][f].nanos() / medians[1][f].nanos());
    }
    System.out.printf(
        Locale.ROOT,
        "Growth all formats 10,000 / 1,000 entries: %.1fx%n",
        (double) total(medians[2]) / total(medians[1]));
  }

  private static long total(Result[] formats) {
    return Arrays.stream(formats).mapToLong(Result::nanos).sum();
  }

  private static String perFormat(Result[] formats) {
    StringBuilder text = new StringBuilder();
    for (int f = 0; f < FORMATS.size(); f++) {
      text.append(f == 0 ? "" : ", ")
          .append(FORMATS.get(f))
          .append(String.format(Locale.ROOT, " %.1f", formats[f].nanos() / 1e6));
    }
    return text.toString();
  }

  /**
   * Runs this benchmark in a fresh JVM with this JVM's heap, stack and {@code -XX} options (not its
   * agents: a debugger's port is taken) and reads its results.
   */
  private static Result[][] fork() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("-XX:") || option.startsWith("-Xm") || option.startsWith("-Xss")) {
        command.add(option);
      }
    }
    command.addAll(
        List.of(
            "-classpath",
            System.getProperty("java.class.path"),
            RenderBenchmark.class.getName(),
            FORK));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Result[][] results = new Result[CVS.size()][FORMATS.size()];
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] fields = line.split(" ");
        if (fields[0].equals(RESULT)) {
          results[Integer.parseInt(fields[1])][Integer.parseInt(fields[2])] =
              new Result(
                  Long.parseLong(fields[3]),
                  Long.parseLong(fields[4]),
                  Long.parseLong(fields[5]),
                  Long.parseLong(fields[6]));
        }
      }
    }
    int exit = process.waitFor();
    for (Result[] cv : results) {
      for (Result result : cv) {
        if (result == null || exit != 0) {
          throw new IllegalStateException("The benchmark JVM failed with exit code " + exit);
        }
      }
    }
    return results;
  }

  /** Measures every renderer on every CV in this JVM and prints one line per measurement. */
  private static void measureHere() throws IOException {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    threads.setThreadAllocatedMemoryEnabled(true);
    List<Cv> cvs =
        List.of(CvFixtures.realistic(), CvFixtures.synthetic(1_000), CvFixtures.synthetic(10_000));
    List<CharacterRenderer> renderers = FORMATS.stream().map(Renderers::characterRenderer).toList();
    warmUp(renderers, cvs);
    for (int c = 0; c < cvs.size(); c++) {
      for (int f = 0; f < FORMATS.size(); f++) {
        Result result = measure(renderers.get(f), cvs.get(c), threads);
        System.out.printf(
            Locale.ROOT,
            "%s %d %d %d %d %d %d%n",
            RESULT,
            c,
            f,
            result.nanos(),
            result.cpuNanos(),
            result.bytes(),
            result.chars());
      }
    }
  }

  /** Renders every CV in every format, round after round, as a long-running user would. */
  private static void warmUp(List<CharacterRenderer> renderers, List<Cv> cvs) throws IOException {
    CountingWriter out = new CountingWriter();
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (Cv cv : cvs) {
        for (CharacterRenderer renderer : renderers) {
          renderer.render(cv, out);
        }
      }
    }
  }

  private static Result measure(CharacterRenderer renderer, Cv cv, com.sun.management.ThreadMXBean threads)
      throws IOException {
    CountingWriter out = new CountingWriter();
    long[] nanos = new long[MEASURED_RUNS];
    long[] cpuNanos = new long[MEASURED_RUNS];
    long[] bytes = new long[MEASURED_RUNS];
    for (int i = 0; i < MEASURED_RUNS; i++) {
      out.count = 0;
      long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      renderer.render(cv, out);
      nanos[i] = System.nanoTime() - start;
      cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
      bytes[i] = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    }
    return new Result(median(nanos), median(cpuNanos), median(bytes), out.count);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Counts what a renderer writes and keeps none of it, so the output buffer is not timed. */
  private static final class CountingWriter extends Writer {
    long count;

    @Override
    public void write(char[] chars, int offset, int length) {
      count += length;
    }

    @Override
    public void write(String text, int offset, int length) {
      count += length;
    }

    @Override
    public void write(int c) {
      count++;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
