package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * cvdsl → JSON → cvdsl → JSON gives the same bytes: the import restores what the export kept in
 * the extension (titled groups, nested bullets, approximate and single dates, years the schema
 * cannot hold, markup, URLs beyond ASCII, items, section summaries and bullets, the language).
 */
class DslRoundTripTest {

  @Test
  void whatJsonResumeCannotHoldComesBackThroughTheExtension() throws IOException {
    String first = export(resource("dsl/RichCv.java.txt"));
    assertTrue(first.contains("\"x-cvdsl\""), first);
    RoundTrip again = RoundTrip.of(first);
    assertEquals(first, again.exported, again.source);
    for (String written :
        List.of(
            "start = \"~2019-08\"",
            "@Highlights(",
            "title = \"Leadership;\"",
            "details = {\"Incident response with `pagerduty`.\", \"First aid.\"}",
            "@Item(",
            "start = \"0999\"",
            "language = \"en-GB\"",
            "website = \"https://example.org/パス\"",
            "summary = \"Newest first; *some* overlap.\"")) {
      assertTrue(again.source.contains(written), written + " in\n" + again.source);
    }
  }

  @Test
  void theExampleCvComesBackByteForByte() throws IOException {
    String source =
        Files.readString(ExampleProject.EXAMPLE_SOURCE, StandardCharsets.UTF_8)
            .replace("package io.github.cvdsl.example;", "package org.example.cv;")
            .replace("interface KuraCv", "interface MyCv");
    String first = export(source);
    RoundTrip again = RoundTrip.of(first);
    assertEquals(first, again.exported, again.source);
  }

  private static String export(String source) throws IOException {
    Compilation compilation = RoundTrip.compile(source);
    assertEquals(List.of(), compilation.problems());
    return new String(compilation.rendered().get("cv/MyCv.json"), StandardCharsets.UTF_8);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DslRoundTripTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
