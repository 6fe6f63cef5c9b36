package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input: one message per problem, with its JSON path, what is wrong and what the DSL expects;
 * nothing written. Lenient: what can be written is, with a {@code // TODO} at each value left out,
 * and it compiles with no error and no warning.
 */
class ImportProblemsTest {
  private static final String TYPE = "org.example.cv.MyCv";

  /** Values the schema accepts and the DSL does not, each in its own place. */
  private static final String REJECTED =
      """
      {
        "basics": {
          "name": "Kura",
          "url": "kura.gg",
          "profiles": [{"network": "GitHub", "url": "https://github.com/kura"}]
        },
        "work": [
          {"name": "BBC", "position": "Engineer", "startDate": "2019-08",
           "summary": "Built **the CDN.", "highlights": ["Fine.", "Unclosed [link(https://x.org)"]},
          {"name": "DreamHost", "position": "Engineer", "startDate": "2012", "endDate": "2010"},
          {"name": "Tangent", "position": "Engineer", "startDate": "2019-13"},
          {"name": "No Role", "startDate": "2001"}
        ],
        "skills": [{"name": "Linux", "keywords": "Debian"}],
        "projects": [{"name": "Pelican", "url": "/relative/path"}]
      }
      """;

  @Test
  void malformedJsonIsOneMessageWithLineAndColumn() throws IOException {
    ResumeImporter.Result result =
        ResumeImporter.importResume("{\n  \"basics\": {\"name\": \"Kura\",}\n}", TYPE, false);
    assertTrue(result.source().isEmpty());
    assertEquals(1, result.problems().size(), result.problems().toString());
    String problem = result.problems().get(0).toString();
    assertTrue(problem.startsWith("$: malformed JSON at line 2, column "), problem);
  }

  @Test
  void schemaViolationsNameTheirPath() throws IOException {
    ResumeImporter.Result result =
        ResumeImporter.importResume(
            """
            {"basics": {"name": "Kura", "profiles": {"network": "GitHub"}},
             "work": [{"name": "BBC", "position": "Engineer", "startDate": "August 2019"}]}
            """,
            TYPE,
            false);
    assertTrue(result.source().isEmpty());
    List<String> paths = result.problems().stream().map(ImportProblem::path).toList();
    assertEquals(List.of("$.basics.profiles", "$.work[0].startDate"), paths.stream().sorted().toList());
    assertTrue(
        result.problems().stream().allMatch(p -> p.message().contains("JSON Resume schema 1.3.1")),
        result.problems().toString());
  }

  @Test
  void eachValueTheDslRejectsIsOneProblemAtItsPathAndNothingIsWritten() throws IOException {
    ResumeImporter.Result result = ResumeImporter.importResume(REJECTED, TYPE, false);
    assertTrue(result.source().isEmpty());
    List<String> problems = result.problems().stream().map(ImportProblem::toString).toList();
    assertEquals(8, problems.size(), String.join("\n", problems));
    assertProblem(problems, "$.skills[0].keywords: ");
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.skills[0].keywords: ")
        && p.endsWith("(JSON Resume schema 1.3.1, type)")), String.join("\n", problems));
    assertProblem(problems, "$.basics.url: [cvdsl:url] website \"kura.gg\" is not an absolute URL");
    assertProblem(problems, "$.work[0].summary: [cvdsl:markup] summary has bad inline markup");
    assertProblem(problems, "$.work[0].highlights[1]: [cvdsl:markup] value has bad inline markup");
    assertProblem(
        problems,
        "$.work[1].endDate: [cvdsl:date-order] end \"2010\" is before start \"2012\": write the"
            + " later date in end");
    assertProblem(
        problems,
        "$.work[2].startDate: [cvdsl:date] start \"2019-13\" is not a date: there is no month 13,"
            + " write a month from 01 to 12");
    assertProblem(problems, "$.work[3].position: missing: @Job needs position, the role held");
    assertProblem(
        problems, "$.projects[0].url: [cvdsl:url] url \"/relative/path\" is not an absolute URL");
  }

  @Test
  void lenientWritesWhatItCanWithATodoAtEachValueLeftOutAndCompilesCleanly() throws IOException {
    ResumeImporter.Result result = ResumeImporter.importResume(REJECTED, TYPE, true);
    assertEquals(List.of(), result.problems());
    String source = result.source().orElseThrow();
    List<String> todos = source.lines().map(String::strip).filter(l -> l.startsWith("// TODO")).toList();
    assertEquals(8, todos.size(), source);
    assertTrue(source.contains("// TODO $.basics.url: [cvdsl:url] website \"kura.gg\""), source);
    assertTrue(
        source.contains(
            "// TODO $.work[2]: entry left out: $.work[2].startDate: [cvdsl:date] start \"2019-13\""),
        source);
    assertTrue(source.contains("// TODO $.skills[0].keywords: "), source);
    assertTrue(source.contains("// TODO $.work[3]: entry left out: $.work[3].position: missing"), source);
    // Each TODO stands just above the type whose annotation lost the value.
    assertTrue(
        source.contains(
            "    // TODO $.work[1].endDate: [cvdsl:date-order] end \"2010\" is before start"),
        source);
    int todo = source.indexOf("// TODO $.work[1].endDate");
    assertTrue(source.indexOf("organisation = \"DreamHost\"") > todo, source);
    assertTrue(source.contains("@Highlight(\"Fine.\")"), "what is fine is kept:\n" + source);
    assertFalse(source.contains("No Role"), source.replace("// TODO", ""));
    Compilation compilation = RoundTrip.compile(source);
    assertEquals(List.of(), compilation.problems(), source);
  }

  @Test
  void overlappingAndRepeatedEntriesAreImportedWithTheirWarningSilenced() throws IOException {
    String json =
        """
        {"basics": {"name": "Kura"},
         "work": [
           {"name": "BBC", "position": "Engineer", "startDate": "2019-08"},
           {"name": "Consulting", "position": "Contractor", "startDate": "2020-01", "endDate": "2021-01"}
         ],
         "skills": [{"name": "Linux"}, {"name": "Linux"}]}
        """;
    ResumeImporter.Result result = ResumeImporter.importResume(json, TYPE, false);
    String source = result.source().orElseThrow(() -> new AssertionError(result.problems()));
    assertTrue(source.contains("@SuppressWarnings(\"cvdsl:overlap\")\n    interface Consulting"), source);
    assertTrue(source.contains("@SuppressWarnings(\"cvdsl:duplicate\")\n    interface Linux2"), source);
    assertEquals(List.of(), RoundTrip.compile(source).problems(), source);
  }

  @Test
  void aResumeWithoutEntriesSaysWhatTheDslNeeds() throws IOException {
    ResumeImporter.Result result =
        ResumeImporter.importResume("{\"basics\": {\"name\": \"Kura\"}}", TYPE, true);
    assertTrue(result.source().isEmpty());
    assertEquals(
        "$: the resume has no entries: the DSL needs at least one section; add e.g. a \"work\""
            + " entry, or write the CV from scratch",
        result.problems().get(0).toString());
  }

  private static void assertProblem(List<String> problems, String start) {
    assertTrue(
        problems.stream().filter(p -> p.startsWith(start)).count() == 1,
        () -> "no single problem starting\n" + start + "\nin\n" + String.join("\n", problems));
  }
}
