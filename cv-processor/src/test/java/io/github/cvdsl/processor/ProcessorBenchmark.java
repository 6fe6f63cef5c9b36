package io.github.cvdsl.processor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * What the processor adds to compiling a CV: javac with the processor against {@code -proc:none} on
 * the same synthetic sources, alternated in one JVM, medians printed. Two processors that do no
 * work of their own show what javac charges any processor: one that only claims {@code @Cv}, and
 * one that also writes an empty class, which costs javac a second round. Not a test; run it with
 *
 * <pre>
 * mvn -B -ntp -pl cv-processor -am test-compile exec:exec -Dbenchmark=processor \
 *     -Dbenchmark.cvs=example,100,1000,10000 -Dbenchmark.runs=5 -Dbenchmark.warmup=2
 * </pre>
 *
 * <p>The arguments: the CVs (a number of synthetic entries, or {@code example} for the example CV's
 * source), the measured runs of each, the warm-up runs, and optionally the root of another build of
 * cvdsl ({@code -Dbenchmark.baseline=/path}, its modules compiled): its processor then runs in the
 * same alternation, from a class loader of its own and against its own annotations, so that two
 * versions of the processor are compared side by side in one run.
 */
public final class ProcessorBenchmark {
  private static final Path EXAMPLE =
      Path.of("example-cv/src/main/java/io/github/cvdsl/example/KuraCv.java");

  private ProcessorBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<String> cvs = Arrays.asList((args.length > 0 ? args[0] : "example,100,1000").split(","));
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Optional<Baseline> baseline =
        args.length > 3 && !args[3].isBlank()
            ? Optional.of(Baseline.of(Path.of(args[3])))
            : Optional.empty();
    System.out.printf(
        Locale.ROOT,
        "%8s %13s %13s %13s %13s %8s %9s %13s %8s%n",
        "entries",
        "proc:none ms",
        "no-op ms",
        "empty ms",
        "cvdsl ms",
        "ratio",
        "added ms",
        "baseline ms",
        "ratio");
    for (String cv : cvs) {
      String source = cv.equals("example") ? exampleSource() : syntheticCv(Integer.parseInt(cv));
      String name = cv.equals("example") ? "KuraCv" : "BenchCv";
      String model =
          cv.equals("example") ? "io.github.cvdsl.example.KuraCvModel" : "bench.BenchCvModel";
      List<Supplier<Processor>> processors =
          new ArrayList<>(
              List.of(
                  () -> null,
                  NoOpProcessor::new,
                  () -> new EmptyClassProcessor(model),
                  CvProcessor::new));
      baseline.ifPresent(b -> processors.add(b::processor));
      String ownAnnotations = annotationsLocation();
      List<String> classPaths = new ArrayList<>();
      processors.forEach(processor -> classPaths.add(ownAnnotations));
      baseline.ifPresent(b -> classPaths.set(classPaths.size() - 1, b.annotations()));
      for (int i = 0; i < warmUp; i++) {
        for (int p = 0; p < processors.size(); p++) {
          compile(name, source, processors.get(p).get(), classPaths.get(p));
        }
      }
      List<List<Long>> times = new ArrayList<>();
      processors.forEach(processor -> times.add(new ArrayList<>()));
      for (int i = 0; i < runs; i++) {
        for (int p = 0; p < processors.size(); p++) {
          times.get(p).add(compile(name, source, processors.get(p).get(), classPaths.get(p)));
        }
      }
      double none = median(times.get(0)) / 1e6;
      double with = median(times.get(3)) / 1e6;
      double base = baseline.isPresent() ? median(times.get(4)) / 1e6 : Double.NaN;
      System.out.printf(
          Locale.ROOT,
          "%8s %13.1f %13.1f %13.1f %13.1f %8.2f %9.1f %13.1f %8.2f%n",
          cv,
          none,
          median(times.get(1)) / 1e6,
          median(times.get(2)) / 1e6,
          with,
          with / none,
          with - none,
          base,
          base / none);
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

  /** Claims {@code @Cv} and does nothing: javac's cost of running any processor at all. */
  @SupportedAnnotationTypes("io.github.cvdsl.Cv")
  private static final class NoOpProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }

  /**
   * Writes an empty class where the model goes, in the first round: javac's cost of any processor
   * that generates source, which javac compiles in a round of its own.
   */
  @SupportedAnnotationTypes("io.github.cvdsl.Cv")
  private static final class EmptyClassProcessor extends AbstractProcessor {
    private final String className;

    EmptyClassProcessor(String className) {
      this.className = className;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (annotations.isEmpty()) {
        return false;
      }
      int dot = className.lastIndexOf('.');
      try (Writer writer = processingEnv.getFiler().createSourceFile(className).openWriter()) {
        writer.write(
            "package "
                + className.substring(0, dot)
                + ";\n\nfinal class "
                + className.substring(dot + 1)
                + " {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  /**
   * Another build's processor: its cvdsl classes from its modules' {@code target/classes}, the
   * libraries from this JVM's class path, in a class loader that sees none of this build's.
   */
  private record Baseline(ClassLoader loader, String annotations) {
    static Baseline of(Path root) {
      List<URL> urls = new ArrayList<>();
      try {
        for (String module : List.of("cv-processor", "cv-renderers", "cv-annotations")) {
          urls.add(root.resolve(module).resolve("target/classes").toUri().toURL());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
          if (!entry.contains("target" + File.separator)) {
            urls.add(Path.of(entry).toUri().toURL());
          }
        }
      } catch (java.net.MalformedURLException e) {
        throw new IllegalStateException(e);
      }
      return new Baseline(
          new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()),
          root.resolve("cv-annotations/target/classes").toString());
    }

    Processor processor() {
      try {
        return (Processor)
            loader.loadClass(CvProcessor.class.getName()).getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("no processor in the baseline build", e);
      }
    }
  }

  /** Compiles with {@code processor}, or with {@code -proc:none} when it is null. */
  private static long compile(String name, String source, Processor processor, String annotations) {
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
    options.addAll(List.of("-classpath", annotations));
    if (processor == null) {
      options.add("-proc:none");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task =
        javac.getTask(null, null, diagnostics, options, null, List.of(file));
    if (processor != null) {
      task.setProcessors(List.of(processor));
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
