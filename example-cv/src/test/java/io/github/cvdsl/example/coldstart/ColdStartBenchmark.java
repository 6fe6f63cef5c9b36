package io.github.cvdsl.example.coldstart;

import com.github.mustachejava.Mustache;
import io.github.cvdsl.example.KuraCvModel;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.Renderers;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Times whole processes, as a user waits for them: JVM start, model load, render, file written.
 * Each round starts one fresh {@code java} process per program, in an order that rotates from
 * round to round, so every program meets the machine's load alike; the figures are the median
 * over the rounds and, for each program, the median over the rounds of its time divided by the
 * hello-world's time in the same round. Not a unit test; run it with
 *
 * <pre>
 * mvn -B -ntp -pl example-cv -am package exec:exec -Dbenchmark=coldstart -DskipTests
 * </pre>
 *
 * <p>After each round, {@link RenderHtmlPhases} renders HTML once more and reports the CPU time
 * of its main thread in each step (model, renderer, render, file), which a busy machine disturbs
 * less than wall time: it shows where the time goes.
 *
 * <p>The programs run as a user would run them: {@code java -cp <class path> <main>}, no other
 * option, on the class path a user's program has (its own classes, the model class, the cvdsl jars
 * and Mustache.java; not the test libraries), with the JDK that runs this benchmark.
 */
public final class ColdStartBenchmark {

  private static final int DEFAULT_ROUNDS = 21;
  private static final int DEFAULT_WARM_UP_ROUNDS = 3;
  // USER_HZ, the unit of /proc's CPU times, is 100 on every Linux architecture Java runs on.
  private static final double MILLIS_PER_TICK = 10;

  private ColdStartBenchmark() {}

  /** A program to time, and what to call it in the table. */
  private record Program(String label, Class<?> main) {}

  private static final List<Program> PROGRAMS =
      List.of(
          new Program("hello world", HelloWorld.class),
          new Program("load the model", LoadModel.class),
          new Program("bare Mustache.java, one-line template", BareMustache.class),
          new Program("make the HTML renderer, render nothing", MakeHtmlRenderer.class),
          new Program("model + HTML to a file", RenderHtml.class),
          new Program("model + all three formats to files", RenderAllFormats.class));

  /** The steps {@link RenderHtmlPhases} times, in the order it prints them. */
  private static final List<String> STEPS =
      List.of(
          "JVM start, up to main",
          "load the model",
          "Renderers.byId(\"html\")",
          "first render",
          "write the file",
          "(the same render again)");

  /**
   * Runs the programs, alternating, and prints the figures.
   *
   * @param args the measured rounds (default {@value #DEFAULT_ROUNDS}) and the warm-up rounds
   *     before them, which fill the operating system's file cache (default {@value
   *     #DEFAULT_WARM_UP_ROUNDS})
   * @throws IOException if a process cannot be started or its output folder not written
   * @throws InterruptedException if interrupted while waiting for a process
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
    int warmUpRounds = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_WARM_UP_ROUNDS;
    if (rounds < 1 || warmUpRounds < 0) {
      throw new IllegalArgumentException(
          "Measure at least one round after zero or more warm-up rounds, not "
              + rounds
              + " after "
              + warmUpRounds);
    }
    List<String> classPath = userClassPath();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    System.out.printf(
        Locale.ROOT,
        "JDK %s (%s), %s, %d processors, load average %s%nclass path:%n",
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    classPath.forEach(entry -> System.out.println("  " + entry));

    Path output = Files.createTempDirectory("cvdsl-cold-start");
    try {
      for (int round = 0; round < warmUpRounds; round++) {
        for (Program program : PROGRAMS) {
          run(java, classPath, program, output);
        }
      }
      long[][] nanos = new long[PROGRAMS.size()][rounds];
      long[][] cpuTicks = new long[PROGRAMS.size()][rounds];
      long[][] stepMicros = new long[STEPS.size()][rounds];
      boolean stepsKnown = true;
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < PROGRAMS.size(); i++) {
          int program = (i + round) % PROGRAMS.size();
          long ticksBefore = childCpuTicks();
          nanos[program][round] = run(java, classPath, PROGRAMS.get(program), output);
          cpuTicks[program][round] = childCpuTicks() - ticksBefore;
        }
        long[] steps = steps(java, classPath, output);
        stepsKnown &= steps.length == STEPS.size();
        for (int step = 0; stepsKnown && step < STEPS.size(); step++) {
          stepMicros[step][round] = steps[step];
        }
      }
      checkWritten(output);
      print(rounds, warmUpRounds, nanos, cpuTicks);
      System.out.printf(Locale.ROOT, "Load average at the end: %s%n", loadAverage());
      if (stepsKnown) {
        printSteps(rounds, stepMicros);
      }
    } finally {
      try (Stream<Path> files = Files.walk(output)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static void print(int rounds, int warmUpRounds, long[][] nanos, long[][] cpuTicks) {
    System.out.printf(
        Locale.ROOT,
        "%n%d rounds after %d warm-up rounds; wall time from start to exit, median (quartiles);"
            + " ratio: median of the time over hello world's in the same round%n%n",
        rounds,
        warmUpRounds);
    System.out.printf(
        Locale.ROOT,
        "%-40s %10s %17s %7s %8s%n",
        "program",
        "median ms",
        "quartiles ms",
        "ratio",
        "CPU ms");
    boolean cpuKnown = childCpuTicks() >= 0;
    for (int p = 0; p < PROGRAMS.size(); p++) {
      double[] ratios = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        ratios[round] = (double) nanos[p][round] / nanos[0][round];
      }
      Arrays.sort(ratios);
      long[] sorted = nanos[p].clone();
      Arrays.sort(sorted);
      long[] ticks = cpuTicks[p].clone();
      Arrays.sort(ticks);
      System.out.printf(
          Locale.ROOT,
          "%-40s %10.0f %8.0f – %-6.0f %6.2fx %8s%n",
          PROGRAMS.get(p).label(),
          sorted[rounds / 2] / 1e6,
          sorted[rounds / 4] / 1e6,
          sorted[rounds * 3 / 4] / 1e6,
          ratios[rounds / 2],
          cpuKnown ? String.format(Locale.ROOT, "%.0f", ticks[rounds / 2] * MILLIS_PER_TICK) : "?");
    }
    System.out.printf(
        Locale.ROOT,
        "%nCPU ms: user and system time of all the process's threads (JIT and GC included),"
            + " in steps of %.0f ms.%n",
        MILLIS_PER_TICK);
  }

  private static void printSteps(int rounds, long[][] stepMicros) {
    System.out.printf(
        Locale.ROOT,
        "%nThe HTML program step by step (%s, run once after each round): CPU time of its main"
            + " thread, median of %d runs%n%n",
        RenderHtmlPhases.class.getSimpleName(),
        rounds);
    for (int step = 0; step < STEPS.size(); step++) {
      long[] sorted = stepMicros[step].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT, "%-40s %10.1f ms%n", STEPS.get(step), sorted[rounds / 2] / 1e3);
    }
  }

  /**
   * Runs {@link RenderHtmlPhases} and returns the microseconds it printed, one per step; none
   * where it cannot time its steps.
   */
  private static long[] steps(Path java, List<String> classPath, Path output)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                String.join(File.pathSeparator, classPath),
                RenderHtmlPhases.class.getName(),
                output.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String printed;
    try (InputStream in = process.getInputStream()) {
      printed = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    }
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          RenderHtmlPhases.class.getSimpleName() + " failed with exit code " + exit);
    }
    return printed.isEmpty()
        ? new long[0]
        : Arrays.stream(printed.split(" ")).mapToLong(Long::parseLong).toArray();
  }

  /**
   * The class path a user's program has: its own classes (here, the programs above), the model
   * class, cv-renderers, cv-annotations and Mustache.java, in that order. Each is found where the
   * class that stands for it was loaded from: a jar, or a class folder in a reactor build.
   */
  private static List<String> userClassPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> anchor :
        List.of(
            HelloWorld.class, KuraCvModel.class, Renderers.class, Cv.class, Mustache.class)) {
      try {
        entries.add(
            Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("Cannot locate " + anchor.getName(), e);
      }
    }
    return List.copyOf(entries);
  }

  /** Runs {@code program} in a fresh JVM, its output discarded, and returns its wall time. */
  private static long run(Path java, List<String> classPath, Program program, Path output)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            java.toString(),
            "-cp",
            String.join(File.pathSeparator, classPath),
            program.main().getName(),
            output.toString());
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int exit = process.waitFor();
    long nanos = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException(program.label() + " failed with exit code " + exit);
    }
    return nanos;
  }

  /** The programs that write files wrote them, and not empty. */
  private static void checkWritten(Path output) throws IOException {
    for (String name : List.of("KuraCv.md", "KuraCv.html", "KuraCv.txt")) {
      Path file = output.resolve(name);
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        throw new IllegalStateException("No CV was written to " + file);
      }
    }
  }

  /**
   * The machine's load average over the last minute, from {@code /proc/loadavg}: the figures of a
   * run on a busy machine are slower and their ratios higher. "unknown" where there is no such file.
   */
  public static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ")[0];
    } catch (IOException | UnsupportedOperationException e) {
      return "unknown";
    }
  }

  /**
   * The CPU time of this process's finished children in clock ticks, from {@code /proc/self/stat}
   * (its {@code cutime} and {@code cstime}), or -1 where there is no such file.
   */
  public static long childCpuTicks() {
    String stat;
    try {
      stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
    } catch (IOException | UnsupportedOperationException e) {
      return -1;
    }
    // The command name, in parentheses, may hold spaces; the fields after it are numbers.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // cutime and cstime are the line's fields 16 and 17; the state, field 3, is the first here.
    return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
  }
}
