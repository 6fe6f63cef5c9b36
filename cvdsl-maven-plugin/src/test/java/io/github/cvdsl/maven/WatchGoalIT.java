package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn cvdsl:watch} as a user types it, in a project that declares the plugin as the README
 * says: Maven finds the goal by its prefix, the page comes up, follows an edit, shows a mistake,
 * and the goal stops cleanly when the process is told to stop, as Ctrl-C does. Runs against the
 * artifacts this build installed into {@code target/it-repository}.
 */
class WatchGoalIT {
  private static final String SUMMARY = "Building and maintaining the BIDI CDN for iPlayer.";
  private static final Path TARGET = Path.of("target").toAbsolutePath();

  private Path project;
  private Path source;

  @BeforeEach
  void copyProject() throws IOException {
    project = Files.createTempDirectory(TARGET, "watch-project-");
    String pom =
        Files.readString(Path.of("src/it/watch-project/pom.xml"))
            .replace("@project.version@", System.getProperty("project.version"));
    Files.writeString(project.resolve("pom.xml"), pom);
    source = project.resolve(ExampleProject.RELATIVE_SOURCE);
    Files.createDirectories(source.getParent());
    Files.copy(ExampleProject.EXAMPLE_SOURCE, source);
    String localCentral = Path.of(System.getProperty("user.m2")).toUri().toString();
    Files.writeString(
        project.resolve("settings.xml"),
        Files.readString(Path.of("src/it/settings.xml")).replace("@localRepositoryUrl@", localCentral));
  }

  @Test
  void previewsFollowsAnEditShowsAMistakeAndStopsCleanly() throws Exception {
    int port = freePort();
    long start = System.nanoTime();
    Process maven = mvn("cvdsl:watch", "-Dcvdsl.port=" + port);
    Path log = project.resolve("maven.log");
    try {
      String page = awaitPage(maven, log, port, p -> p.contains(SUMMARY));
      long firstPage = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.println("cvdsl:watch: first page " + firstPage + " ms after starting mvn");
      assertTrue(page.contains("<h1>Kura</h1>"), page);
      assertTrue(
          Files.readString(log).contains("Preview: http://localhost:" + port + "/"),
          Files.readString(log));
      // Written where a build writes them, html added to the formats the project renders.
      for (String name : List.of("KuraCv.html", "KuraCv.md", "KuraCv.txt")) {
        Path file = project.resolve("target/classes/cv").resolve(name);
        for (int i = 0; i < 500 && !Files.isRegularFile(file); i++) {
          Thread.sleep(20); // written just after the page is announced
        }
        assertTrue(Files.isRegularFile(file), name);
      }

      Files.writeString(source, Files.readString(source).replace(SUMMARY, "Edited while watched."));
      awaitPage(maven, log, port, p -> p.contains("Edited while watched."));

      Files.writeString(
          source, Files.readString(source).replace("start = \"2019-08\"", "start = \"2019-13\""));
      String mistake = awaitPage(maven, log, port, p -> p.contains("<div id=\"cvdsl-problems\""));
      assertTrue(mistake.contains("[cvdsl:date] start &quot;2019-13&quot; is not a date"), mistake);
      assertTrue(mistake.contains("Edited while watched."), "the last good CV stays");
    } finally {
      maven.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
    }
    assertTrue(maven.waitFor(60, TimeUnit.SECONDS), "mvn stops");
    String output = Files.readString(log);
    assertTrue(output.contains("cvdsl:watch stopped"), output);
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertEquals(port, again.getLocalPort(), "the port is free again");
    }
  }

  @Test
  void aPortInUseFailsTheGoalWithAClearMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Process maven = mvn("cvdsl:watch", "-Dcvdsl.port=" + taken.getLocalPort());
      assertTrue(maven.waitFor(180, TimeUnit.SECONDS), "mvn gives up");
      String output = Files.readString(project.resolve("maven.log"));
      assertNotEquals(0, maven.exitValue(), output);
      assertTrue(
          output.contains(
              "Port " + taken.getLocalPort() + " on 127.0.0.1 is in use by another program"),
          output);
    }
  }

  private Process mvn(String... args) throws IOException {
    String home = System.getProperty("maven.home");
    List<String> command = new ArrayList<>();
    command.add(Path.of(home, "bin", isWindows() ? "mvn.cmd" : "mvn").toString());
    command.addAll(
        List.of(
            "-B",
            "-ntp",
            "-s",
            project.resolve("settings.xml").toString(),
            "-Dmaven.repo.local=" + TARGET.resolve("it-repository")));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(project.toFile())
        .redirectErrorStream(true)
        .redirectOutput(project.resolve("maven.log").toFile())
        .start();
  }

  private static String awaitPage(Process maven, Path log, int port, Predicate<String> test)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      assertTrue(maven.isAlive(), () -> "mvn ended:\n" + read(log));
      try {
        last =
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        if (test.test(last)) {
          return last;
        }
      } catch (IOException notYetListening) {
        // Maven is still starting.
      }
      Thread.sleep(25);
    }
    throw new AssertionError("The page never showed what was expected:\n" + last + "\n" + read(log));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static boolean isWindows() {
    return System.getProperty("os.name").startsWith("Windows");
  }
}
