package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the imported source reads: type names, text blocks, hostile text. */
class ImportedSourceTest {

  @Test
  void typesAreNamedAfterWhatTheyHoldUniqueAndNeverAnAnnotationsName() {
    TypeNames names = new TypeNames("MyCv");
    assertEquals("UniversiteDeMontreal", names.allocate("Université de Montréal", "Education", "Entry"));
    assertEquals("Job3M", names.allocate("3M", "Job", "Entry"));
    assertEquals("EducationSection", names.allocate("Education", "Section", "Section"));
    assertEquals("LanguageEntry", names.allocate("日本語", "Language", "Entry"));
    assertEquals("LanguageEntry2", names.allocate("한국어", "Language", "Entry"));
    assertEquals("Acme", names.allocate("acme", "Job", "Entry"));
    assertEquals("ACME2", names.allocate("ACME", "Job", "Entry"), "unique ignoring case");
    assertEquals("MyCv2", names.allocate("my cv", "Job", "Entry"));
    assertEquals("CSharpNet", names.allocate("C-sharp .net", "Skill", "Entry"));
  }

  @Test
  void longTextIsATextBlockWrappedAtSpacesAndHostileTextSurvives() throws IOException {
    String summary =
        "He wrote \\\"\\\"\\\"triple quotes\\\"\\\"\\\", a path C:\\\\u0041\\\\dir and a tab\\there,"
            + " in a paragraph long enough to be wrapped over more than one line of the text block."
            + "\\n\\nA second paragraph.";
    String json =
        "{\"basics\": {\"name\": \"Kura\", \"summary\": \"" + summary + "\"},"
            + " \"skills\": [{\"name\": \"Java\"}]}";
    RoundTrip trip = RoundTrip.of(json);
    assertEquals(List.of(), trip.lostValues(json), trip.source);
    assertTrue(trip.source.contains("    summary = \"\"\"\n        He wrote "), trip.source);
    assertTrue(trip.source.contains("\n\n        A second paragraph.\n        \"\"\"\n)"), trip.source);
    assertTrue(trip.source.lines().allMatch(line -> line.length() <= 100), trip.source);
  }
}
