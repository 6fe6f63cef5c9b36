package io.github.cvdsl.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Profile;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed CV, as the processor generated it, has the seed's shape. */
class KuraCvModelTest {
  private final Cv cv = KuraCvModel.cv();

  @Test
  void sectionsInTheSeedsOrder() {
    assertEquals(
        List.of("Experience", "Projects", "Skills", "Outside Interests", "Social Links"),
        cv.sections().stream().map(Section::title).toList());
  }

  @Test
  void entriesByTheirTypesNames() {
    assertEquals("Engineer", KuraCvModel.experience().bbc().position());
    assertEquals("BBC", KuraCvModel.experience().bbc().organisation());
    assertSame(cv.sections().get(0), KuraCvModel.experience().section());
    assertSame(cv.sections().get(0).entries().get(5), KuraCvModel.experience().serviceWanted());
    assertEquals("Pelican", KuraCvModel.projects().pelican().name());
    assertEquals("Social Links", KuraCvModel.socialLinks().section().title());
  }

  @Test
  void bbcHasTwoTitledGroupsAndNestedDetails() {
    Job bbc = (Job) cv.sections().get(0).entries().get(0);
    assertEquals(new Dates.Ongoing(new CvDate.OfMonth(YearMonth.of(2019, 8), false)), bbc.dates());
    assertEquals(
        List.of(
            "Engineering leadership aspects within role;",
            "Some features I designed and/or implemented include;"),
        bbc.highlights().stream()
            .map(group -> group.title().map(Text::plainText).orElse(""))
            .toList());
    HighlightGroup leadership = bbc.highlights().get(0);
    assertEquals(8, leadership.highlights().size());
    assertEquals(4, leadership.highlights().get(0).details().size());
    HighlightGroup features = bbc.highlights().get(1);
    assertEquals(14, features.highlights().size());
    assertEquals(
        new Span.Strong(List.of(new Span.Plain("Feedback loop system"))),
        features.highlights().get(0).text().spans().get(0));
  }

  @Test
  void serviceWantedIsCirca2004() {
    Job serviceWanted = (Job) cv.sections().get(0).entries().get(5);
    assertEquals("ServiceWanted", serviceWanted.organisation());
    assertEquals(new Dates.Single(new CvDate.OfYear(2004, true)), serviceWanted.dates());
  }

  @Test
  void pelicanLinksToRealProfile() {
    Project pelican =
        cv.sections().get(1).entries().stream()
            .map(Project.class::cast)
            .filter(project -> project.name().equals("Pelican"))
            .findFirst()
            .orElseThrow();
    Span.Link link = assertInstanceOf(Span.Link.class, pelican.summary().get(0).spans().get(1));
    assertEquals("https://github.com/kura", link.url().value());
  }

  @Test
  void theGithubProfileIsTypedAndTheWebsiteIsNotRepeatedAsAProfile() {
    assertEquals(
        List.of("https://github.com/kura"),
        cv.profiles().stream().map(Profile::url).map(Object::toString).toList());
    assertEquals("https://kura.gg", cv.website().orElseThrow().value());
  }
}
