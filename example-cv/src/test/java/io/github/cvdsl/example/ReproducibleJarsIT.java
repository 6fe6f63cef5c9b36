package io.github.cvdsl.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library jars are reproducible: rebuilding the library modules from a copy of their sources,
 * in another folder, time zone and locale, gives jars byte-identical to the ones this build made.
 *
 * <p>It lives in the example because the example is the reactor's last module: when its integration
 * tests run, every library jar of this build exists. It rebuilds offline, from the local repository
 * this build has just filled.
 */
class ReproducibleJarsIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> LIBRARIES =
      List.of(
          "cv-annotations",
          "cv-renderers",
          "cv-jsonresume",
          "cv-pdf",
          "cv-processor",
          "cvdsl-maven-plugin");

  @Test
  void rebuildingTheLibrariesGivesByteIdenticalJars(@TempDir Path copy)
      throws IOException, InterruptedException {
    Map<String, Path> built = jars(ROOT);
    assertTrue(
        built
            .keySet()
            .containsAll(
                List.of(
                    "cv-processor/cv-processor-" + version() + ".jar",
                    "cv-processor/cv-processor-" + version() + "-sources.jar",
                    "cv-processor/cv-processor-" + version() + "-javadoc.jar")),
        () -> "run after the library modules are packaged; found only " + built.keySet());

    copySources(copy);
    rebuild(copy);

    Map<String, Path> rebuilt = jars(copy);
    assertEquals(built.keySet(), rebuilt.keySet());
    List<String> differences = new ArrayList<>();
    for (var jar : built.entrySet()) {
      if (Files.mismatch(jar.getValue(), rebuilt.get(jar.getKey())) != -1) {
        differences.add(
            jar.getKey() + ": " + differingEntries(jar.getValue(), rebuilt.get(jar.getKey())));
      }
    }
    assertTrue(
        differences.isEmpty(),
        () ->
            "jars differ between builds (after switching JDKs, build with mvn clean verify):\n"
                + String.join("\n", differences));
  }

  private static String version() {
    return System.getProperty("project.version");
  }

  /** The jars of each library module, by {@code module/file name}. */
  private static Map<String, Path> jars(Path root) throws IOException {
    Map<String, Path> jars = new TreeMap<>();
    for (String module : LIBRARIES) {
      Path target = root.resolve(module).resolve("target");
      if (!Files.isDirectory(target)) {
        continue;
      }
      try (Stream<Path> files = Files.list(target)) {
        files
            .filter(file -> file.getFileName().toString().endsWith(".jar"))
            // The shade plugin keeps the jar it started from; it is not an artifact.
            .filter(file -> !file.getFileName().toString().startsWith("original-"))
            .forEach(file -> jars.put(module + "/" + file.getFileName(), file));
      }
    }
    return jars;
  }

  private static void copySources(Path copy) throws IOException {
    Files.copy(ROOT.resolve("pom.xml"), copy.resolve("pom.xml"));
    Files.copy(ROOT.resolve("LICENSE"), copy.resolve("LICENSE"));
    // The reactor lists the example, so Maven reads its POM even when it does not build it.
    Files.createDirectories(copy.resolve("example-cv"));
    Files.copy(ROOT.resolve("example-cv/pom.xml"), copy.resolve("example-cv/pom.xml"));
    for (String module : LIBRARIES) {
      Path from = ROOT.resolve(module);
      Path to = copy.resolve(module);
      Files.createDirectories(to);
      Files.copy(from.resolve("pom.xml"), to.resolve("pom.xml"));
      try (Stream<Path> files = Files.walk(from.resolve("src"))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path target = to.resolve(from.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target);
          }
        }
      }
    }
  }

  private static void rebuild(Path copy) throws IOException, InterruptedException {
    String mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
    ProcessBuilder build =
        new ProcessBuilder(
                mvn,
                "-B",
                "-ntp",
                "-o",
                "-q",
                "package",
                "-DskipTests",
                "-pl",
                String.join(",", LIBRARIES))
            .directory(copy.toFile())
            .redirectErrorStream(true)
            .redirectOutput(copy.resolve("build.log").toFile());
    // Another machine: its own time zone and language, for Maven and for the tools it starts.
    build.environment().put("TZ", "Pacific/Chatham");
    build.environment().put("LC_ALL", "ja_JP.UTF-8");
    build.environment().put("LANG", "ja_JP.UTF-8");
    build
        .environment()
        .put("MAVEN_OPTS", "-Duser.timezone=Pacific/Chatham -Duser.language=ja -Duser.country=JP");
    Process process = build.start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertTrue(finished, "the rebuild took over 10 minutes");
    String log = Files.readString(copy.resolve("build.log"));
    assertEquals(0, process.exitValue(), () -> "the rebuild failed:\n" + log);
  }

  /** Which entries two jars disagree on, to say what made a build unreproducible. */
  private static List<String> differingEntries(Path first, Path second) {
    try (ZipFile a = new ZipFile(first.toFile());
        ZipFile b = new ZipFile(second.toFile())) {
      List<String> names = names(a);
      if (!names.equals(names(b))) {
        return List.of("entries " + names + " and " + names(b));
      }
      List<String> differing = new ArrayList<>();
      for (String name : names) {
        ZipEntry x = a.getEntry(name);
        ZipEntry y = b.getEntry(name);
        if (x.getTime() != y.getTime()
            || !Arrays.equals(
                a.getInputStream(x).readAllBytes(), b.getInputStream(y).readAllBytes())) {
          differing.add(name);
        }
      }
      return differing.isEmpty() ? List.of("same entries, different zip metadata") : differing;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> names(ZipFile zip) {
    List<String> names = new ArrayList<>();
    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
      names.add(entries.nextElement().getName());
    }
    return names;
  }
}
