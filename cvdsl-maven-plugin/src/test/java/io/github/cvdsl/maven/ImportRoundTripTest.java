package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    System.out.println(trip.source);
    System.out.println(trip.exported);
    assertEquals(List.of(), trip.lostValues(json), trip.exported);
  }
}
