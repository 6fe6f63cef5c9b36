package io.github.cvdsl.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.jsonresume.JsonResumeSchema;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example's KuraCv.json, rendered at compile time, is a JSON Resume the schema accepts. */
class JsonResumeTest {
  private static final String JSON = RenderedCv.rendered("json");
  private static final JsonNode ROOT = JsonMapper.builder().build().readTree(JSON);

  @Test
  void theOfficialSchemaAcceptsIt() {
    assertEquals(List.of(), JsonResumeSchema.problems(JSON));
  }

  @Test
  void everyEntryIsInItsKindsArrayInTheAuthorsOrder() {
    Cv cv = KuraCvModel.cv();
    int jobs = 0;
    int projects = 0;
    int skills = 0;
    for (Section section : cv.sections()) {
      for (var entry : section.entries()) {
        if (entry instanceof Job job) {
          JsonNode work = ROOT.at("/work/" + jobs++);
          assertEquals(job.organisation(), work.get("name").asString());
          assertEquals(job.position(), work.get("position").asString());
        } else if (entry instanceof Project project) {
          assertEquals(project.name(), ROOT.at("/projects/" + projects++ + "/name").asString());
        } else if (entry instanceof Skill skill) {
          assertEquals(skill.name(), ROOT.at("/skills/" + skills++ + "/name").asString());
        }
      }
    }
    assertEquals(List.of(6, 6, 9), List.of(jobs, projects, skills));
    assertEquals(jobs, ROOT.get("work").size());
    assertEquals(projects, ROOT.get("projects").size());
    assertEquals(skills, ROOT.get("skills").size());
  }

  @Test
  void whatTheSchemaCannotHoldIsInTheExtension() {
    assertEquals("2019-08", ROOT.at("/work/0/startDate").asString());
    assertTrue(ROOT.at("/work/0/endDate").isMissingNode(), "the BBC job is ongoing");
    assertEquals(
        "Engineering leadership aspects within role;",
        ROOT.at("/work/0/x-cvdsl/highlights/0/title").asString());
    assertEquals("~2004", ROOT.at("/work/5/x-cvdsl/start").asString());
    assertEquals("2004", ROOT.at("/work/5/startDate").asString());
    JsonNode sections = ROOT.at("/x-cvdsl/sections");
    assertEquals("Outside Interests", sections.at("/3/title").asString());
    assertEquals("Video streaming", sections.at("/3/highlights/0/highlights/4/text").asString());
    assertEquals("https://github.com/kura", sections.at("/4/highlights/0/highlights/0/text/1/url").asString());
    assertEquals("en-GB", ROOT.at("/x-cvdsl/language").asString());
  }
}
