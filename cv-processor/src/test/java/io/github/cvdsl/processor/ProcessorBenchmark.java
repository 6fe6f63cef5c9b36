package io.github.cvdsl.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * What the processor adds to compiling a CV: javac with the processor against {@code -proc:none} on
 * the same synthetic sources, alternated in one JVM, medians printed. Not a test; run it with
 *
 * <pre>
 * mvn -B -ntp -pl cv-processor -am test-compile exec:exec -Dbenchmark=processor \
 *     -Dbenchmark.cvs=example,100,1000,10000 -Dbenchmark.runs=5 -Dbenchmark.warmup=2
 * </pre>
 *
 * <p>The arguments: the CVs (a number of synthetic entries, or {@code example} for the example CV's
 * source), the measured runs of each, and the warm-up runs.
 */
public final class ProcessorBenchmark {
  private static final Path EXAMPLE =
      Path.of("example-cv/src/main/java/io/github/cvdsl/example/KuraCv.java");

  private ProcessorBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<String> cvs = Arrays.asList((args.length > 0 ? args[0] : "example,100,1000").split(","));
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    System.out.printf(
        Locale.ROOT,
        "%8s %14s %14s %8s %16s%n",
        "entries",
        "proc:none ms",
        "processor ms",
        "ratio",
        "added ms");
    for (String cv : cvs) {
      String source = cv.equals("example") ? exampleSource() : syntheticCv(Integer.parseInt(cv));
      String name = cv.equals("example") ? "KuraCv" : "BenchCv";
      for (int i = 0; i < warmUp; i++) {
        compile(name, source, true);
        compile(name, source, false);
      }
      List<Long> plain = new ArrayList<>();
      List<Long> processed = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        plain.add(compile(name, source, false));
        processed.add(compile(name, source, true));
      }
      double none = median(plain) / 1e6;
      double with = median(processed) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%8s %14.1f %14.1f %8.2f %16.1f%n",
          cv,
          none,
          with,
          with / none,
          with - none);
    }
  }

  /** A CV of {@code entries} jobs in sections of 100, each with a summary and five bullets. */
  static String syntheticCv(int entries) {
    StringBuilder out = new StringBuilder("package bench;\n\nimport io.github.cvdsl.*;\n\n");
    out.append("@Cv(name = \"Bench\", website = \"https://example.org\")\n");
    out.append("public interface BenchCv {\n");
    for (int i = 0; i < entries; i++) {
      if (i % 100 == 0) {
        out.append(i == 0 ? "" : "  }\n").append("  @Section(\"Section ").append(i / 100);
        out.append("\")\n  interface S").append(i / 100).append(" {\n");
      }
      int year = 1950 + i % 70;
      out.append("    @Job(organisation = \"Org ").append(i).append("\", position = \"Engineer\",");
      out.append(" start = \"").append(year).append("-01\", end = \"").append(year);
      out.append("-06\",\n         summary = \"Built **things** with `code` and ");
      out.append("[links](https://example.org/").append(i).append(").\")\n");
      for (int h = 0; h < 5; h++) {
        out.append("    @Highlight(\"**Bullet ").append(h).append("** – did *work* number ");
        out.append(i).append(".\")\n");
      }
      out.append("    @SuppressWarnings(\"cvdsl:overlap\") interface E").append(i).append(" {}\n");
    }
    out.append(entries > 0 ? "  }\n" : "").append("}\n");
    return out.toString();
  }

  private static String exampleSource() throws IOException {
    Path path = Files.exists(EXAMPLE) ? EXAMPLE : Path.of("..").resolve(EXAMPLE);
    return Files.readString(path);
  }

  private static long compile(String name, String source, boolean withProcessor) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out;
    try {
      out = Files.createTempDirectory("cvdsl-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", out.toString()));
    options.addAll(List.of("-classpath", annotationsLocation()));
    if (!withProcessor) {
      options.add("-proc:none");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task =
        javac.getTask(null, null, diagnostics, options, null, List.of(file));
    if (withProcessor) {
      task.setProcessors(List.of(new CvProcessor()));
    }
    long start = System.nanoTime();
    boolean ok = task.call();
    long elapsed = System.nanoTime() - start;
    if (!ok) {
      throw new IllegalStateException(
          "benchmark CV did not compile: " + diagnostics.getDiagnostics());
    }
    return elapsed;
  }

  /** Where the DSL's classes are: a runner's class path may not be the JVM's. */
  private static String annotationsLocation() {
    try {
      return Path.of(
              io.github.cvdsl.Cv.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
  }
}
