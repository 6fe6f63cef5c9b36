package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn io.github.cvdsl:cvdsl-maven-plugin:<version>:import} as a user types it, in a folder
 * with a {@code resume.json} and no pom: it writes the CV's source, which compiles with the
 * processor cleanly; it refuses to overwrite it; it fails on a bad resume, naming the value's JSON
 * path, and writes nothing. Runs against the artifacts this build installed into {@code
 * target/it-repository}.
 */
class ImportGoalIT {
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final String SOURCE = "src/main/java/org/example/cv/MyCv.java";

  private Path folder;

  @BeforeEach
  void createFolder() throws IOException {
    folder = Files.createTempDirectory(TARGET, "import-folder-");
    Files.writeString(folder.resolve("resume.json"), ImportRoundTripTest.resume("full.json"));
    String localCentral = Path.of(System.getProperty("user.m2")).toUri().toString();
    Files.writeString(
        folder.resolve("settings.xml"),
        Files.readString(Path.of("src/it/settings.xml"))
            .replace("@localRepositoryUrl@", localCentral));
  }

  @Test
  void writesTheCvWithoutAPomAndNeverOverwritesIt() throws Exception {
    long start = System.nanoTime();
    Run first = mvn("-Dcvdsl.resume=resume.json", "-Dcvdsl.type=org.example.cv.MyCv");
    System.out.println(
        "cvdsl:import: " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
            + " ms for mvn to import full.json");
    assertEquals(0, first.exit(), first.output());
    assertFalse(Files.exists(folder.resolve("pom.xml")));
    Path source = folder.resolve(SOURCE);
    assertTrue(first.output().contains("Wrote " + source), first.output());
    String written = Files.readString(source, StandardCharsets.UTF_8);
    assertTrue(written.contains("public interface MyCv {"), written);
    assertEquals(List.of(), RoundTrip.compile(written).problems(), written);

    Files.writeString(source, "// edited by hand\n" + written, StandardCharsets.UTF_8);
    Run again = mvn("-Dcvdsl.type=org.example.cv.MyCv");
    assertNotEquals(0, again.exit(), again.output());
    assertTrue(
        again.output().contains(source + " exists: import writes a new file only; move it away,"
            + " or add -Dcvdsl.force=true to overwrite it"),
        again.output());
    assertTrue(Files.readString(source).startsWith("// edited by hand\n"), "left as it was");

    Run forced = mvn("-Dcvdsl.type=org.example.cv.MyCv", "-Dcvdsl.force=true");
    assertEquals(0, forced.exit(), forced.output());
    assertEquals(written, Files.readString(source, StandardCharsets.UTF_8));
  }

  @Test
  void aBadResumeFailsNamingEachValueAndWritesNothing() throws Exception {
    Files.writeString(
        folder.resolve("bad.json"),
        """
        {"basics": {"name": "Kura"},
         "work": [{"name": "BBC", "position": "Engineer", "startDate": "2019-13"}]}
        """);
    Run run = mvn("-Dcvdsl.resume=bad.json", "-Dcvdsl.type=org.example.cv.MyCv");
    assertNotEquals(0, run.exit(), run.output());
    assertTrue(
        run.output().contains("[ERROR] bad.json $.work[0].startDate: [cvdsl:date] start \"2019-13\""
            + " is not a date: there is no month 13, write a month from 01 to 12"),
        run.output());
    assertTrue(run.output().contains("1 problem in "), run.output());
    assertFalse(Files.exists(folder.resolve("src")), "nothing written");
  }

  private record Run(int exit, String output) {}

  private Run mvn(String... args) throws IOException, InterruptedException {
    String home = System.getProperty("maven.home");
    List<String> command = new ArrayList<>();
    command.add(Path.of(home, "bin", isWindows() ? "mvn.cmd" : "mvn").toString());
    command.addAll(
        List.of(
            "-B",
            "-ntp",
            "-s",
            folder.resolve("settings.xml").toString(),
            "-Dmaven.repo.local=" + TARGET.resolve("it-repository"),
            "io.github.cvdsl:cvdsl-maven-plugin:" + System.getProperty("project.version") + ":import"));
    command.addAll(List.of(args));
    Path log = folder.resolve("maven.log");
    Process maven =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(maven.waitFor(180, TimeUnit.SECONDS), "mvn ends");
    return new Run(maven.exitValue(), Files.readString(log));
  }

  private static boolean isWindows() {
    return System.getProperty("os.name").startsWith("Windows");
  }
}
