package io.github.cvdsl.example;

import io.github.cvdsl.example.coldstart.BareOpenHtmlToPdf;
import io.github.cvdsl.example.coldstart.ColdStartBenchmark;
import io.github.cvdsl.example.coldstart.HelloWorld;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.CvFixtures;
import io.github.cvdsl.render.Renderers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The cold time of a PDF: a fresh JVM started, the CV rendered with {@code Renderers.byId("pdf")},
 * the file written, the JVM gone; as a user who renders once at run time, or javac rendering at
 * compile time, pays it. Beside it, in the same rounds, the floors: a JVM that prints hello world,
 * and openhtmltopdf alone writing a one-line PDF ({@link BareOpenHtmlToPdf}); and the example
 * once more in a JVM told to compile with C1 only ({@code -XX:TieredStopAtLevel=1}), a flag a user
 * can give. Then a CV of 2,000 jobs and 2,000 projects, whose extracted text is checked to hold
 * every entry. Not a unit test; run it with
 *
 * <pre>
 * mvn -B -ntp -pl example-cv -am test-compile exec:exec -Dbenchmark=pdf
 * </pre>
 *
 * <p>Each round starts one JVM per program, in an order that rotates from round to round, so that
 * every program meets the machine's load alike. Prints, per program, the median wall time, the
 * median CPU time (all threads: the JIT compilers and GC too, from {@code /proc}), and the median
 * of its time divided by hello world's in the same round; and the machine's load average.
 */
public final class PdfBenchmark {

  private static final int DEFAULT_ROUNDS = 9;
  private static final int LARGE_ENTRIES = 2_000;
  // USER_HZ, the unit of /proc's CPU times, is 100 on every Linux architecture Java runs on.
  private static final double SECONDS_PER_TICK = 0.01;

  private PdfBenchmark() {}

  /** A program to time: what to call it, its JVM options, its main class and arguments. */
  private record Program(String label, List<String> jvmOptions, Class<?> main, String cv) {}

  /**
   * Either measures ({@code PdfBenchmark [rounds]}), or is the measured JVM ({@code PdfBenchmark
   * example <file>} or {@code PdfBenchmark large <file>}).
   *
   * @param args the number of rounds (default {@value #DEFAULT_ROUNDS}), or the CV and the file
   * @throws Exception if a JVM or the PDF fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2) {
      Cv cv = args[0].equals("example") ? KuraCvModel.cv() : large();
      Renderers.byId("pdf").render(cv, Path.of(args[1]));
      return;
    }
    int rounds = args.length == 1 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
    Path dir = Files.createTempDirectory("cvdsl-pdf-benchmark");
    List<Program> programs =
        List.of(
            new Program("JVM hello world", List.of(), HelloWorld.class, null),
            new Program("openhtmltopdf alone, one-line PDF", List.of(), BareOpenHtmlToPdf.class, null),
            new Program("the example CV's PDF", List.of(), PdfBenchmark.class, "example"),
            new Program(
                "the example CV's PDF, -XX:TieredStopAtLevel=1",
                List.of("-XX:TieredStopAtLevel=1"),
                PdfBenchmark.class,
                "example"));
    System.out.printf(
        Locale.ROOT,
        "JDK %s, %d processors, load average %s at the start%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        ColdStartBenchmark.loadAverage());
    double[][] wall = new double[programs.size()][rounds];
    double[][] cpu = new double[programs.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < programs.size(); i++) {
        int p = (i + round) % programs.size();
        double[] measured = run(programs.get(p), dir.resolve(p + ".pdf"));
        wall[p][round] = measured[0];
        cpu[p][round] = measured[1];
      }
    }
    System.out.printf(Locale.ROOT, "%d rounds; load average %s at the end%n", rounds,
        ColdStartBenchmark.loadAverage());
    System.out.printf(
        Locale.ROOT, "%-48s %12s %12s %14s%n", "program", "wall median", "CPU median", "wall / hello");
    for (int p = 0; p < programs.size(); p++) {
      double[] ratios = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        ratios[round] = wall[p][round] / wall[0][round];
      }
      System.out.printf(
          Locale.ROOT,
          "%-48s %10.2f s %10.2f s %13.1fx%n",
          programs.get(p).label(),
          median(wall[p]),
          median(cpu[p]),
          median(ratios));
    }
    double[] ours = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      ours[round] = wall[2][round] / wall[1][round];
    }
    System.out.printf(
        Locale.ROOT,
        "the example's PDF / openhtmltopdf alone, wall, median of the rounds: %.2fx; %,d bytes%n",
        median(ours),
        Files.size(dir.resolve("2.pdf")));

    Path large = dir.resolve("large.pdf");
    double[] measured =
        run(new Program("large", List.of(), PdfBenchmark.class, "large"), large);
    System.out.printf(
        Locale.ROOT,
        "%,d jobs + %,d projects: cold PDF %.1f s wall, %.1f s CPU, %,d bytes; load average %s%n",
        LARGE_ENTRIES,
        LARGE_ENTRIES,
        measured[0],
        measured[1],
        Files.size(large),
        ColdStartBenchmark.loadAverage());
    try (PDDocument document = Loader.loadPDF(large.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(document);
      int missing = 0;
      for (int job = 0; job < LARGE_ENTRIES; job++) {
        if (!text.contains("Company " + job + "\n")) {
          missing++;
        }
      }
      for (int project = 0; project < LARGE_ENTRIES; project++) {
        if (!text.contains("Project " + project + "\n")) {
          missing++;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "large CV: %,d pages; jobs and projects missing from the extracted text: %d%n",
          document.getNumberOfPages(),
          missing);
      if (missing > 0) {
        throw new AssertionError(missing + " entries are missing from the large CV's text");
      }
    }
  }

  /** Wall seconds and CPU seconds (all threads) of one JVM running {@code program}. */
  private static double[] run(Program program, Path file) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(program.jvmOptions());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(program.main().getName());
    if (program.cv() != null) {
      command.add(program.cv());
    }
    command.add(file.toString());
    Files.deleteIfExists(file);
    long ticks = ColdStartBenchmark.childCpuTicks();
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = process.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (ColdStartBenchmark.childCpuTicks() - ticks) * SECONDS_PER_TICK;
    if (exit != 0 || (program.main() != HelloWorld.class && !Files.exists(file))) {
      throw new IllegalStateException(program.label() + " failed with exit code " + exit);
    }
    return new double[] {wall, cpu};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** 2,000 jobs of five bullets each (the renderers' benchmark CV) and 2,000 projects. */
  static Cv large() {
    Cv jobs = CvFixtures.synthetic(LARGE_ENTRIES);
    List<Entry> projects = new ArrayList<>(LARGE_ENTRIES);
    for (int i = 0; i < LARGE_ENTRIES; i++) {
      projects.add(
          new Project(
              "Project " + i,
              List.of("Lead Developer"),
              Optional.of("Company " + (i % 50)),
              Optional.empty(),
              new Dates.None(),
              Optional.empty(),
              List.of(Text.plain("Project number " + i + ", written in Java and shipped.")),
              List.of("Java", "PDF"),
              List.of()));
    }
    List<Section> sections = new ArrayList<>(jobs.sections());
    sections.add(new Section("Projects", List.of(), List.of(), projects));
    return new Cv(
        jobs.name(),
        jobs.label(),
        jobs.email(),
        jobs.phone(),
        jobs.website(),
        jobs.location(),
        jobs.summary(),
        jobs.profiles(),
        sections,
        jobs.language());
  }

}
