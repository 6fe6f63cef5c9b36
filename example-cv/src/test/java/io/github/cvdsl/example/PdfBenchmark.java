package io.github.cvdsl.example;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.CvFixtures;
import io.github.cvdsl.render.Renderers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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
 * compile time, pays it. Measured for the example CV and for a CV of 2,000 jobs and 2,000 projects,
 * whose extracted text is then checked to hold every job. Not a unit test; run it with
 *
 * <pre>
 * mvn -B -ntp -pl example-cv -am test-compile exec:exec -Dbenchmark=pdf
 * </pre>
 *
 * <p>Prints the median and the fastest of several runs, one JVM after another.
 */
public final class PdfBenchmark {

  private static final int EXAMPLE_RUNS = 7;
  private static final int LARGE_RUNS = 1;
  private static final int LARGE_ENTRIES = 2_000;
  private static final String CPU = "cpu-ns=";

  private PdfBenchmark() {}

  /**
   * Either measures ({@code PdfBenchmark}), or is the measured JVM ({@code PdfBenchmark example
   * <file>} or {@code PdfBenchmark large <file>}).
   *
   * @param args none, or the CV and the file to write
   * @throws Exception if a JVM or the PDF fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2) {
      Cv cv = args[0].equals("example") ? KuraCvModel.cv() : large();
      Renderers.byId("pdf").render(cv, Path.of(args[1]));
      // The CPU time, all threads: on a busy machine it says more than the wall time.
      System.out.println(
          CPU
              + ((com.sun.management.OperatingSystemMXBean)
                      ManagementFactory.getOperatingSystemMXBean())
                  .getProcessCpuTime());
      return;
    }
    Path dir = Files.createTempDirectory("cvdsl-pdf-benchmark");
    Path example = dir.resolve("example.pdf");
    Path large = dir.resolve("large.pdf");
    report("example CV", coldRuns("example", example, EXAMPLE_RUNS), example);
    report(
        String.format(Locale.ROOT, "%,d jobs + %,d projects", LARGE_ENTRIES, LARGE_ENTRIES),
        coldRuns("large", large, LARGE_RUNS),
        large);
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
          "large CV: %d pages; jobs and projects missing from the extracted text: %d%n",
          document.getNumberOfPages(),
          missing);
      if (missing > 0) {
        throw new AssertionError(missing + " entries are missing from the large CV's text");
      }
    }
  }

  /** Wall seconds of each run, then CPU seconds of each run. */
  private static double[][] coldRuns(String cv, Path file, int runs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    double[] seconds = new double[runs];
    double[] cpu = new double[runs];
    for (int run = 0; run < runs; run++) {
      Files.deleteIfExists(file);
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(java, "-cp", classPath, PdfBenchmark.class.getName(), cv, file.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      seconds[run] = (System.nanoTime() - start) / 1e9;
      if (exit != 0 || !Files.exists(file)) {
        throw new IllegalStateException("the " + cv + " JVM failed with exit code " + exit);
      }
      int at = output.indexOf(CPU);
      cpu[run] = Long.parseLong(output.substring(at + CPU.length()).strip()) / 1e9;
    }
    return new double[][] {seconds, cpu};
  }

  private static void report(String what, double[][] runs, Path file) throws IOException {
    double[] wall = runs[0].clone();
    double[] cpu = runs[1].clone();
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(
        Locale.ROOT,
        "%s: cold PDF (JVM start to file written) median %.2f s wall (fastest %.2f s),"
            + " median %.2f s CPU, of %d JVMs; %,d bytes%n",
        what,
        wall[wall.length / 2],
        wall[0],
        cpu[cpu.length / 2],
        wall.length,
        Files.size(file));
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
