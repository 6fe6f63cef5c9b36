package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written resumes imported, compiled with the processor (no error, no warning) and exported
 * with the json-resume renderer: every non-empty value comes back at its path.
 */
class ImportRoundTripTest {

  static String resume(String name) throws IOException {
    try (InputStream in = ImportRoundTripTest.class.getResourceAsStream("resumes/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everySectionAndFieldComesBack() throws IOException {
    String json = resume("full.json");
    RoundTrip trip = RoundTrip.of(json);
    assertEquals(List.of(), trip.lostValues(json), trip.exported);
  }

  @Test
  void missingOptionalFieldsStayMissing() throws IOException {
    String json =
        """
        {"basics": {"name": "Kura"},
         "work": [{"name": "BBC", "position": "Engineer", "startDate": "2019"}],
         "projects": [{"name": "Pelican"}]}
        """;
    RoundTrip trip = RoundTrip.of(json);
    assertEquals(List.of(), trip.lostValues(json), trip.exported);
    assertEquals(
        """
        {
          "basics": {
            "name": "Kura"
          },
          "work": [
            {
              "name": "BBC",
              "position": "Engineer",
              "startDate": "2019"
            }
          ],
          "projects": [
            {
              "name": "Pelican"
            }
          ],
          "x-cvdsl": {
            "version": 1,
            "language": "en",
            "sections": [
              {
                "title": "Experience",
                "entries": [
                  "/work/0"
                ]
              },
              {
                "title": "Projects",
                "entries": [
                  "/projects/0"
                ]
              }
            ]
          }
        }
        """,
        trip.exported);
  }

  @Test
  void theLostValuesCheckFindsAChangedValue() throws IOException {
    String json = resume("full.json");
    RoundTrip trip = RoundTrip.of(json);
    String changed = json.replace("\"Senior Engineer\"", "\"Junior Engineer\"");
    assertEquals(
        List.of("/work/0/position: \"Junior Engineer\" != \"Senior Engineer\""),
        trip.lostValues(changed));
  }

  /** Not a speed test: prints what an import of full.json costs in a warm JVM, for the docs. */
  @Test
  void printsTheImportTime() throws IOException {
    String json = resume("full.json");
    long[] millis = new long[7];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      ResumeImporter.importResume(json, RoundTrip.TYPE, false);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    long first = millis[0];
    java.util.Arrays.sort(millis);
    System.out.println(
        "import of full.json: first " + first + " ms, median " + millis[millis.length / 2]
            + " ms of " + millis.length + " (schema check, mapping, JavaPoet, one compilation)");
    assertTrue(millis[0] > 0);
  }
}
