package io.github.cvdsl.render;

import io.github.cvdsl.model.Cv;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times each renderer on a realistic CV and on synthetic CVs of 1,000 and 10,000 entries with five
 * bullets each: median wall time, CPU time and bytes allocated per render of a warm renderer, after
 * every renderer has rendered every CV several times. Not a unit test;
 * run it with
 *
 * <pre>
 * mvn -B -ntp -pl cv-renderers -am test-compile exec:exec -Dbenchmark=renderers
 * </pre>
 */
public final class RenderBenchmark {

  private static final List<String> FORMATS = List.of("markdown", "html", "text");
  // Every renderer is warmed on every CV before anything is measured: warming one pair at a time
  // measured the first sizes while the JIT was still compiling (1,000 entries looked slower per
  // entry than 10,000), and the formats share code whose compiled form changes as others run.
  private static final int WARM_UP_ROUNDS = 10;
  private static final int MEASURED_RUNS = 21;

  private RenderBenchmark() {}

  /** A measurement: median wall and CPU nanoseconds and bytes allocated per render. */
  private record Result(long nanos, long cpuNanos, long bytes, long chars) {}

  public static void main(String[] args) throws IOException {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    threads.setThreadAllocatedMemoryEnabled(true);
    List<Cv> cvs =
        List.of(CvFixtures.realistic(), CvFixtures.synthetic(1_000), CvFixtures.synthetic(10_000));
    List<String> names = List.of("realistic", "1,000 entries", "10,000 entries");

    System.out.printf(
        Locale.ROOT,
        "%-16s %-9s %10s %10s %14s %10s%n",
        "cv", "format", "median ms", "CPU ms", "MB allocated", "output KB");
    List<Renderer> renderers = FORMATS.stream().map(Renderers::byId).toList();
    warmUp(renderers, cvs);
    long[][] nanos = new long[cvs.size()][FORMATS.size()];
    for (int c = 0; c < cvs.size(); c++) {
      for (int f = 0; f < FORMATS.size(); f++) {
        Result result = measure(renderers.get(f), cvs.get(c), threads);
        nanos[c][f] = result.nanos();
        System.out.printf(
            Locale.ROOT,
            "%-16s %-9s %10.2f %10.2f %14.2f %10d%n",
            names.get(c),
            FORMATS.get(f),
            result.nanos() / 1e6,
            result.cpuNanos() / 1e6,
            result.bytes() / 1e6,
            result.chars() / 1024);
      }
    }
    long all10k = Arrays.stream(nanos[2]).sum();
    System.out.printf(
        Locale.ROOT, "%nAll three formats, 10,000 entries: %.1f ms (target < 200 ms)%n", all10k / 1e6);
    for (int f = 0; f < FORMATS.size(); f++) {
      System.out.printf(
          Locale.ROOT,
          "Growth %-9s 10,000 / 1,000 entries: %.1fx (target <= 11x)%n",
          FORMATS.get(f),
          (double) nanos[2][f] / nanos[1][f]);
    }
    System.out.printf(
        Locale.ROOT,
        "Growth all formats 10,000 / 1,000 entries: %.1fx%n",
        (double) all10k / Arrays.stream(nanos[1]).sum());
  }

  /** Renders every CV in every format, round after round, as a long-running user would. */
  private static void warmUp(List<Renderer> renderers, List<Cv> cvs) throws IOException {
    CountingWriter out = new CountingWriter();
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (Cv cv : cvs) {
        for (Renderer renderer : renderers) {
          renderer.render(cv, out);
        }
      }
    }
  }

  private static Result measure(Renderer renderer, Cv cv, com.sun.management.ThreadMXBean threads)
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
