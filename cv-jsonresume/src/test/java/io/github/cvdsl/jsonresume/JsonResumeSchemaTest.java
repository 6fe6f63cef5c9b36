package io.github.cvdsl.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The validator the other tests trust rejects what the schema forbids. */
class JsonResumeSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static ObjectNode everything() {
    return (ObjectNode) JSON.readTree(new JsonResumeRenderer().render(SampleCvs.everything()));
  }

  private static void assertRejected(ObjectNode resume, String where) {
    List<String> problems = JsonResumeSchema.problems(JSON.writeValueAsString(resume));
    assertTrue(
        problems.stream().anyMatch(problem -> problem.contains(where)),
        () -> "expected a problem at " + where + ", got " + problems);
  }

  @Test
  void rejectsADateOutsideTheSchemasForms() {
    ObjectNode resume = everything();
    ((ObjectNode) resume.at("/work/0")).put("startDate", "2019-8");
    assertRejected(resume, "/work/0/startDate");
  }

  @Test
  void rejectsAYearTheSchemasPatternCannotHold() {
    ObjectNode resume = everything();
    ((ObjectNode) resume.at("/publications/0")).put("releaseDate", "0999");
    assertRejected(resume, "/publications/0/releaseDate");
  }

  @Test
  void rejectsAnEmailThatIsNotOne() {
    ObjectNode resume = everything();
    ((ObjectNode) resume.at("/basics")).put("email", "zoe at example");
    assertRejected(resume, "/basics/email");
  }

  @Test
  void rejectsAWrongType() {
    ObjectNode resume = everything();
    ((ObjectNode) resume.at("/work/0")).put("highlights", "one string");
    assertRejected(resume, "/work/0/highlights");
  }

  @Test
  void acceptsTheUntouchedDocument() {
    assertEquals(List.of(), JsonResumeSchema.problems(JSON.writeValueAsString(everything())));
  }
}
