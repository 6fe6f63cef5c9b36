package io.github.cvdsl.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Turns a JSON Resume document into the source of a {@code @Cv} type: reads and checks the JSON,
 * maps it to the DSL, writes it with JavaPoet, and compiles it with the cvdsl processor, so that
 * what it returns compiles with no error and no warning. Knows nothing of Maven.
 */
final class ResumeImporter {
  /** The warnings an imported CV may have that only the author can judge; they are silenced. */
  private static final Pattern SILENCED = Pattern.compile("\\[(cvdsl:(?:overlap|duplicate))]");

  private static final Pattern TYPE = Pattern.compile("^\\s*(?:public )?interface (\\S+) \\{");

  private ResumeImporter() {}

  /**
   * What an import gave.
   *
   * @param source the Java source, or empty when there were problems (and not lenient)
   * @param problems what keeps the resume from being imported; each names its JSON path
   * @param notes what was left out or changed, which the user should know
   */
  record Result(Optional<String> source, List<ImportProblem> problems, List<ImportProblem> notes) {}

  /**
   * Imports {@code json} as the type {@code qualifiedName}.
   *
   * @param lenient whether to write what can be written, leaving each value the DSL rejects out
   *     with a {@code // TODO} comment at its place, rather than fail
   * @throws IllegalArgumentException when {@code qualifiedName} is not a Java type name
   */
  static Result importResume(String json, String qualifiedName, boolean lenient)
      throws IOException {
    if (!SourceVersion.isName(qualifiedName)) {
      throw new IllegalArgumentException(
          "cvdsl.type \"" + qualifiedName + "\" is not a Java type name: write e.g."
              + " org.example.cv.MyCv");
    }
    int dot = qualifiedName.lastIndexOf('.');
    String packageName = dot < 0 ? "" : qualifiedName.substring(0, dot);
    String simpleName = qualifiedName.substring(dot + 1);
    ResumeJson.Read read = ResumeJson.read(json);
    if (read.document() == null) {
      return new Result(Optional.empty(), read.problems(), List.of());
    }
    // What the schema rejects is taken out, so that reading goes on and finds every problem.
    Map<String, String> dropped = new LinkedHashMap<>();
    for (ImportProblem problem : read.problems()) {
      if (!JsonPaths.remove(read.document(), problem.path())
          && !dropped.containsKey(problem.path())) {
        return new Result(Optional.empty(), read.problems(), List.of());
      }
      dropped.merge(problem.path(), problem.message(), (a, b) -> a + "; " + b);
    }
    ResumeReader.Read cv =
        ResumeReader.read(read.document(), simpleName, lenient, lenient ? dropped : Map.of());
    List<ImportProblem> notes = new ArrayList<>();
    if (lenient) {
      dropped.forEach((path, message) -> notes.add(new ImportProblem(path, "left out: " + message)));
    }
    notes.addAll(cv.notes());
    if (!cv.problems().isEmpty() || (!lenient && !dropped.isEmpty())) {
      List<ImportProblem> all = new ArrayList<>(read.problems());
      // A value the schema rejected is not reported again as missing.
      cv.problems().stream().filter(p -> !dropped.containsKey(p.path())).forEach(all::add);
      return new Result(Optional.empty(), all, notes);
    }
    String javadoc =
        "The CV, imported from a JSON Resume by {@code cvdsl:import}: edit it freely.\n";
    String source = DslSourceWriter.write(packageName, cv.cv(), javadoc);
    List<ImportProblem> problems = new ArrayList<>();
    Compilation compilation = compile(packageName, simpleName, source);
    boolean silenced = false;
    for (Problem problem : compilation.problems()) {
      Matcher warning = SILENCED.matcher(problem.message());
      Optional<DslType> type = typeAt(cv.cv(), source, problem.line());
      if (!problem.error() && warning.find() && type.isPresent()) {
        type.get().suppressedWarnings.add(warning.group(1));
        silenced = true;
      } else {
        // The checks above follow the processor's rules; this is what they missed.
        problems.add(
            new ImportProblem(
                "$",
                "the imported source does not compile cleanly, line "
                    + problem.line()
                    + " \""
                    + problem.sourceLine().strip()
                    + "\": "
                    + problem.message()));
      }
    }
    if (silenced) {
      source = DslSourceWriter.write(packageName, cv.cv(), javadoc);
    }
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), problems, notes);
    }
    return new Result(Optional.of(source), List.of(), notes);
  }

  /** The type whose annotations hold {@code line}: the first declared at or after it. */
  private static Optional<DslType> typeAt(DslType cv, String source, long line) {
    String[] lines = source.split("\n", -1);
    for (int i = (int) Math.max(0, line - 1); i < lines.length; i++) {
      Matcher type = TYPE.matcher(lines[i]);
      if (type.find()) {
        return find(cv, type.group(1));
      }
    }
    return Optional.empty();
  }

  private static Optional<DslType> find(DslType type, String name) {
    if (type.name.equals(name)) {
      return Optional.of(type);
    }
    for (DslType nested : type.nested) {
      Optional<DslType> found = find(nested, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Compiles the source alone with the processor, as a user's build will. */
  static Compilation compile(String packageName, String simpleName, String source)
      throws IOException {
    Path project = Files.createTempDirectory("cvdsl-import-");
    try {
      Path sources = project.resolve("src/main/java");
      Path file = sources.resolve(packageName.replace('.', '/')).resolve(simpleName + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
      try (CvCompiler compiler =
          new CvCompiler(
              project,
              List.of(sources),
              List.of(annotationsJar()),
              List.of(),
              StandardCharsets.UTF_8,
              // The processor of the plugin's own version, which wrote the source.
              ResumeImporter.class.getClassLoader(),
              false)) {
        return compiler.compile();
      }
    } finally {
      CvCompiler.deleteTree(project);
    }
  }

  private static Path annotationsJar() {
    try {
      return Path.of(
          io.github.cvdsl.Cv.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
