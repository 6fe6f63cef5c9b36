package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview over HTTP, as a browser would see it, on a copy of the example CV. */
class LivePreviewTest {
  private static final String SUMMARY = "Building and maintaining the BIDI CDN for iPlayer.";

  @TempDir Path dir;
  private ExampleProject project;

  @BeforeEach
  void start() throws Exception {
    project = new ExampleProject(dir);
    project.start(0, null);
  }

  @AfterEach
  void stop() throws Exception {
    project.close();
  }

  @Test
  void servesTheRenderedCvOnTheLoopbackAddressOnly() throws Exception {
    String page = project.awaitPage("/", p -> p.contains(SUMMARY));
    Document document = Jsoup.parse(page);
    assertEquals("Kura", document.selectFirst("h1").text());
    assertTrue(document.select("#cvdsl-problems").isEmpty(), page);
    assertTrue(document.selectFirst("script#cvdsl-live").data().contains("EventSource"));
    assertTrue(project.preview().server().address().getAddress().isLoopbackAddress());
    // As a build would: every file the example's processor options render, in the class output
    // (written by a second compilation after the page is announced).
    for (String name :
        new String[] {"KuraCv.html", "KuraCv.md", "KuraCv.txt", "KuraCv.json", "KuraCv.pdf"}) {
      Path file = project.classOutput.resolve("cv").resolve(name);
      for (int i = 0; i < 3000 && !Files.isRegularFile(file); i++) {
        Thread.sleep(20);
      }
      assertTrue(Files.isRegularFile(file), name);
    }
    String written = Files.readString(project.classOutput.resolve("cv/KuraCv.html"));
    assertEquals(Jsoup.parse(written).body().text(), document.body().text());
  }

  @Test
  void announcesEachCompilationToOpenPagesAndServesTheChange() throws Exception {
    project.awaitPage("/", p -> p.contains(SUMMARY));
    BlockingQueue<String> versions = new LinkedBlockingQueue<>();
    HttpClient.newHttpClient()
        .sendAsync(
            HttpRequest.newBuilder(project.uri("/events")).build(),
            HttpResponse.BodyHandlers.ofLines())
        .thenAccept(
            response ->
                response
                    .body()
                    .filter(line -> line.startsWith("data: "))
                    .forEach(line -> versions.add(line.substring(6))));
    String first = versions.poll(10, TimeUnit.SECONDS);
    assertEquals(String.valueOf(project.preview().version()), first);

    project.edit(SUMMARY, "Running the BIDI CDN for iPlayer.");
    String next = versions.poll(30, TimeUnit.SECONDS);
    assertTrue(Long.parseLong(next) > Long.parseLong(first), next);
    String page = project.get("/");
    assertTrue(page.contains("Running the BIDI CDN for iPlayer."), page);
    assertFalse(page.contains(SUMMARY));
  }

  @Test
  void showsEachMistakeWithFileLineColumnSourceAndCaretOverTheLastGoodCv() throws Exception {
    project.awaitPage("/", p -> p.contains(SUMMARY));
    project.edit("start = \"2019-08\"", "start = \"2019-13\"");
    project.edit(SUMMARY, "Building and maintaining the **BIDI CDN for iPlayer.");
    String page = project.awaitPage("/", LivePreviewTest::showsProblems);
    Document document = Jsoup.parse(page);
    Element panel = document.selectFirst("#cvdsl-problems");
    assertTrue(panel.selectFirst("h2").text().startsWith("2 errors"), panel.text());

    Element date = problemContaining(panel, "[cvdsl:date]");
    int line = project.lineOf("start = \"2019-13\"");
    String where = date.selectFirst(".cvdsl-where").text();
    assertTrue(where.startsWith(ExampleProject.RELATIVE_SOURCE + ":" + line + ":"), where);
    String source = date.selectFirst("pre.cvdsl-source").wholeText();
    String[] sourceAndCaret = source.split("\n");
    assertEquals(Files.readAllLines(project.source).get(line - 1), sourceAndCaret[0]);
    int column = Integer.parseInt(where.replaceAll(".*:(\\d+): error$", "$1"));
    assertEquals(column - 1, sourceAndCaret[1].indexOf('^'));
    assertEquals('"', sourceAndCaret[0].charAt(column - 1), "the caret is under the value");
    problemContaining(panel, "[cvdsl:markup]");

    // Under the messages, the CV as it last compiled.
    assertTrue(document.body().text().contains(SUMMARY));

    project.edit("start = \"2019-13\"", "start = \"2019-08\"");
    project.edit("the **BIDI", "the BIDI");
    String fixed = project.awaitPage("/", p -> !showsProblems(p));
    assertTrue(fixed.contains(SUMMARY), fixed);
  }

  @Test
  void showsAMistakeOnlyTheFullCompilationFindsWhenItEnds() throws Exception {
    project.awaitPage("/", p -> p.contains(SUMMARY));
    // The page's compilation runs the processors alone: javac checks no initializer there.
    Path other = project.source.resolveSibling("Other.java");
    Files.writeString(other, "package io.github.cvdsl.example;\nclass Other { int n = \"one\"; }\n");
    String page = project.awaitPage("/", LivePreviewTest::showsProblems);
    Element problem =
        problemContaining(Jsoup.parse(page).selectFirst("#cvdsl-problems"), "incompatible types");
    assertTrue(problem.text().contains("Other.java:2:"), problem.text());
    assertTrue(page.contains(SUMMARY), "the CV stays under the message");

    Files.delete(other);
    project.awaitPage("/", p -> p.contains(SUMMARY) && !showsProblems(p));
  }

  @Test
  void survivesAHalfWrittenFileAndRecovers() throws Exception {
    project.awaitPage("/", p -> p.contains(SUMMARY));
    Files.writeString(project.source, project.original.substring(0, project.original.length() / 2));
    String broken = project.awaitPage("/", LivePreviewTest::showsProblems);
    assertTrue(broken.contains(SUMMARY), "the last good CV stays");
    assertTrue(Jsoup.parse(broken).selectFirst("#cvdsl-problems").text().contains("KuraCv.java"));

    Files.writeString(project.source, project.original.replace(SUMMARY, "Half, then whole."));
    project.awaitPage("/", p -> p.contains("Half, then whole.") && !showsProblems(p));
  }

  @Test
  void survivesARenamedAndADeletedFile() throws Exception {
    project.awaitPage("/", p -> p.contains(SUMMARY));
    Path renamed = project.source.resolveSibling("Renamed.java");
    Files.move(project.source, renamed, StandardCopyOption.ATOMIC_MOVE);
    String page = project.awaitPage("/", LivePreviewTest::showsProblems);
    assertTrue(Jsoup.parse(page).selectFirst("#cvdsl-problems").text().contains("Renamed.java"));

    Files.move(renamed, project.source, StandardCopyOption.ATOMIC_MOVE);
    project.awaitPage("/", p -> p.contains(SUMMARY) && !showsProblems(p));

    Files.delete(project.source);
    String empty = project.awaitPage("/", p -> p.contains("No @Cv type was rendered"));
    assertFalse(showsProblems(empty), empty);

    Files.writeString(project.source, project.original.replace(SUMMARY, "Back again."));
    project.awaitPage("/", p -> p.contains("Back again."));
  }

  @Test
  void rapidSavesEndWithTheLastOne() throws Exception {
    project.awaitPage("/", p -> p.contains(SUMMARY));
    long before = project.preview().version();
    int saves = 20;
    for (int i = 0; i < saves; i++) {
      Files.writeString(project.source, project.original.replace(SUMMARY, "Save number " + i + "."));
    }
    String last = "Save number " + (saves - 1) + ".";
    project.awaitPage("/", p -> p.contains(last));
    Thread.sleep(500);
    assertTrue(project.get("/").contains(last), "a later compilation never undoes the last save");
    long compilations = project.preview().version() - before;
    assertTrue(compilations < saves, "saves close together compile once: " + compilations);
  }

  @Test
  void refusesRequestsForAnotherHostName() throws Exception {
    project.awaitPage("/", p -> p.contains(SUMMARY));
    assertTrue(rawGet("127.0.0.1").startsWith("HTTP/1.1 200"));
    assertTrue(rawGet("localhost").startsWith("HTTP/1.1 200"));
    String rebound = rawGet("attacker.example");
    assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
    assertFalse(rebound.contains(SUMMARY), rebound);
  }

  private String rawGet(String host) throws Exception {
    int port = project.preview().server().port();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket
          .getOutputStream()
          .write(
              ("GET / HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aPortInUseIsAClearMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ExampleProject other = new ExampleProject(dir.resolve("other"))) {
      PreviewServer.PortInUseException e =
          assertThrows(
              PreviewServer.PortInUseException.class,
              () -> other.start(taken.getLocalPort(), null));
      assertTrue(e.getMessage().contains("Port " + taken.getLocalPort()), e.getMessage());
      assertTrue(e.getMessage().contains("-Dcvdsl.port="), e.getMessage());
    }
  }

  @Test
  void severalCvsGetAnIndexAndEachItsOwnPage() throws Exception {
    project.awaitPage("/", p -> p.contains(SUMMARY));
    Path second = project.source.resolveSibling("SecondCv.java");
    Files.writeString(
        second,
        "package io.github.cvdsl.example;\n\n"
            + "@io.github.cvdsl.Cv(name = \"Second Person\")\n"
            + "public interface SecondCv {\n"
            + "  @io.github.cvdsl.Section(\"Interests\")\n"
            + "  @io.github.cvdsl.Highlight(\"Chess\")\n"
            + "  interface Interests {}\n"
            + "}\n");
    String index = project.awaitPage("/", p -> p.contains("CVs in this project"));
    Document document = Jsoup.parse(index);
    assertEquals(
        java.util.List.of("/cv/KuraCv", "/cv/SecondCv"), document.select("li a").eachAttr("href"));
    assertTrue(project.get("/cv/SecondCv").contains("Second Person"));
    assertTrue(project.get("/cv/KuraCv").contains(SUMMARY));
    assertTrue(project.get("/cv/Nobody").contains("No CV type is called Nobody"));
  }

  static boolean showsProblems(String page) {
    return page.contains("<div id=\"cvdsl-problems\"");
  }

  static Element problemContaining(Element panel, String text) {
    return panel.select(".cvdsl-problem").stream()
        .filter(problem -> problem.selectFirst(".cvdsl-message").text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No message holds " + text + ": " + panel.text()));
  }
}
