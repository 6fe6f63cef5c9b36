package test;

import io.github.cvdsl.model.Award;
import io.github.cvdsl.model.Certificate;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Education;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Highlight;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Interest;
import io.github.cvdsl.model.Item;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Language;
import io.github.cvdsl.model.Location;
import io.github.cvdsl.model.Profile;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Publication;
import io.github.cvdsl.model.Reference;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Skill;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.model.Volunteer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The CV written in {@link FullCv}, built in plain Java.
 */
@Generated(
    value = "io.github.cvdsl.processor.CvProcessor",
    comments = "from test.FullCv"
)
public final class FullCvModel {
  private static final Cv CV = create();

  private FullCvModel() {
  }

  /**
   * The CV, immutable; every call returns the same instance.
   */
  public static Cv cv() {
    return CV;
  }

  private static Cv create() {
    return new Cv(
        "Kura",
        Optional.<String>of("Engineer"),
        Optional.<String>of("kura@example.org"),
        Optional.<String>of("+44 117 496 0000"),
        Optional.<Url>of(new Url("https://kura.gg")),
        Optional.<Location>of(
            new Location(
                Optional.<String>empty(),
                Optional.<String>empty(),
                Optional.<String>of("Bristol"),
                Optional.<String>empty(),
                Optional.<String>of("GB"))),
        List.<Text>of(
            new Text(
                List.<Span>of(
                    new Span.Plain("Engineer who builds "),
                    new Span.Strong(List.<Span>of(new Span.Plain("CDNs"))),
                    new Span.Plain(" and "),
                    new Span.Emphasis(List.<Span>of(new Span.Plain("mentors"))),
                    new Span.Plain("."))),
            new Text(
                List.<Span>of(
                    new Span.Plain("Second paragraph with "),
                    new Span.Code("code"),
                    new Span.Plain(" and "),
                    new Span.Link(
                        List.<Span>of(new Span.Plain("a link")),
                        new Url("https://kura.gg/about")),
                    new Span.Plain(".")))),
        List.<Profile>of(
            new Profile(
                "GitHub",
                Optional.<String>of("kura"),
                new Url("https://github.com/kura")),
            new Profile(
                "Website",
                Optional.<String>empty(),
                new Url("https://kura.gg"))),
        List.<Section>of(
            experienceSection(),
            othersSection(),
            interestsSection()),
        "en-GB");
  }

  private static Section experienceSection() {
    return new Section(
        "Experience",
        List.<Text>of(),
        List.<HighlightGroup>of(),
        ExperienceEntries.entries());
  }

  private static Section othersSection() {
    return new Section(
        "Everything else",
        List.<Text>of(Text.plain("All the other kinds.")),
        List.<HighlightGroup>of(),
        OthersEntries.entries());
  }

  private static Section interestsSection() {
    return new Section(
        "Outside Interests",
        List.<Text>of(),
        List.<HighlightGroup>of(
            new HighlightGroup(
                Optional.<Text>empty(),
                List.<Highlight>of(
                    new Highlight(Text.plain("Programming/engineering"), List.<Text>of()),
                    new Highlight(Text.plain("Linux"), List.<Text>of())))),
        List.<Entry>of());
  }

  /**
   * Entries of the section "Experience".
   */
  private static final class ExperienceEntries {
    private ExperienceEntries() {
    }

    static List<Entry> entries() {
      return List.<Entry>of(
          bbc(),
          serviceWanted());
    }

    private static Job bbc() {
      return new Job(
          "BBC",
          "Engineer",
          new Dates.Ongoing(new CvDate.OfMonth(YearMonth.of(2019, 8), false)),
          Optional.<String>of("London"),
          Optional.<Url>of(new Url("https://www.bbc.co.uk")),
          Optional.<String>of("Broadcaster"),
          List.<Text>of(
              Text.plain("Building and maintaining the BIDI CDN for iPlayer.")),
          List.<HighlightGroup>of(
              new HighlightGroup(
                  Optional.<Text>of(
                      Text.plain("Engineering leadership aspects within role;")),
                  List.<Highlight>of(
                      new Highlight(
                          Text.plain("Took on many operational responsibilities, including:"),
                          List.<Text>of(
                              Text.plain("Became someone others ask about BIDI & Radix"),
                              new Text(
                                  List.<Span>of(
                                      new Span.Plain("Trained to be a "),
                                      new Span.Strong(List.<Span>of(new Span.Plain("First Aider"))))))),
                      new Highlight(
                          Text.plain("Mentoring members of my own team."),
                          List.<Text>of()))),
              new HighlightGroup(
                  Optional.<Text>of(
                      Text.plain("Some features I designed and/or implemented include;")),
                  List.<Highlight>of(
                      new Highlight(
                          new Text(
                              List.<Span>of(
                                  new Span.Strong(List.<Span>of(new Span.Plain("Feedback loop system"))),
                                  new Span.Plain(" – Built version 1 and 2."))),
                          List.<Text>of()),
                      new Highlight(
                          new Text(
                              List.<Span>of(
                                  new Span.Strong(List.<Span>of(new Span.Plain("Cache tiering"))),
                                  new Span.Plain(" – an extension of "),
                                  new Span.Emphasis(List.<Span>of(new Span.Plain("sharding"))),
                                  new Span.Plain("."))),
                          List.<Text>of())))));
    }

    private static Job serviceWanted() {
      return new Job(
          "ServiceWanted",
          "PHP & Python Developer",
          new Dates.Single(new CvDate.OfYear(2004, true)),
          Optional.<String>empty(),
          Optional.<Url>empty(),
          Optional.<String>empty(),
          List.<Text>of(),
          List.<HighlightGroup>of(
              new HighlightGroup(
                  Optional.<Text>empty(),
                  List.<Highlight>of(
                      new Highlight(
                          Text.plain("Developing PHP web applications."),
                          List.<Text>of()),
                      new Highlight(
                          Text.plain("General Dev Ops scripts/tasks using Python."),
                          List.<Text>of())))));
    }
  }

  /**
   * Entries of the section "Everything else".
   */
  private static final class OthersEntries {
    private OthersEntries() {
    }

    static List<Entry> entries() {
      return List.<Entry>of(
          codeClub(),
          bristol(),
          award2021(),
          cka(),
          nvme(),
          linux(),
          english(),
          video(),
          jane(),
          map(),
          pyCon());
    }

    private static Volunteer codeClub() {
      return new Volunteer(
          "Code Club",
          "Mentor",
          new Dates.Range(
              new CvDate.OfYear(2016, false),
              new CvDate.OfDay(LocalDate.of(2018, 6, 30), false)),
          Optional.<Url>of(new Url("https://codeclub.org")),
          List.<Text>of(Text.plain("Taught.")),
          List.<HighlightGroup>of());
    }

    private static Education bristol() {
      return new Education(
          "Bristol",
          Optional.<String>of("CS"),
          Optional.<String>of("BSc"),
          new Dates.Range(
              new CvDate.OfYear(2001, false),
              new CvDate.OfYear(2004, false)),
          Optional.<String>of("First"),
          List.<String>of("Compilers", "Networks"),
          Optional.<Url>of(new Url("https://bristol.ac.uk")),
          List.<Text>of(Text.plain("Studied.")),
          List.<HighlightGroup>of());
    }

    private static Award award2021() {
      return new Award(
          "Engineer of the year",
          Optional.<CvDate>of(new CvDate.OfMonth(YearMonth.of(2021, 12), false)),
          Optional.<String>of("BBC"),
          List.<Text>of(Text.plain("For mVIP.")),
          List.<HighlightGroup>of());
    }

    private static Certificate cka() {
      return new Certificate(
          "CKA",
          Optional.<CvDate>of(new CvDate.OfDay(LocalDate.of(2022, 3, 15), false)),
          Optional.<String>of("CNCF"),
          Optional.<Url>of(new Url("https://cncf.io")),
          List.<HighlightGroup>of());
    }

    private static Publication nvme() {
      return new Publication(
          "Tuning NVMe",
          Optional.<String>of("Blog"),
          Optional.<CvDate>of(new CvDate.OfYear(2023, false)),
          Optional.<Url>of(new Url("https://kura.gg/nvme")),
          List.<Text>of(Text.plain("How.")),
          List.<HighlightGroup>of());
    }

    private static Skill linux() {
      return new Skill(
          "Linux",
          Optional.<String>of("Master"),
          List.<String>of("Debian/Ubuntu", "RHEL/CentOS"),
          List.<Text>of(Text.plain("Since 2001.")),
          List.<HighlightGroup>of());
    }

    private static Language english() {
      return new Language(
          "English",
          Optional.<String>of("Native"),
          List.<HighlightGroup>of());
    }

    private static Interest video() {
      return new Interest(
          "Video",
          List.<String>of("encoding", "streaming"),
          List.<HighlightGroup>of());
    }

    private static Reference jane() {
      return new Reference(
          "Jane Doe",
          List.<Text>of(Text.plain("Reliable.")),
          List.<HighlightGroup>of());
    }

    private static Project map() {
      return new Project(
          "MAP",
          List.<String>of("Architect", "Lead Engineer"),
          Optional.<String>of("Tangent"),
          Optional.<String>of("platform"),
          new Dates.Range(
              new CvDate.OfYear(2012, false),
              new CvDate.OfYear(2014, false)),
          Optional.<Url>of(new Url("https://map.example")),
          List.<Text>of(Text.plain("A marketing platform.")),
          List.<String>of("Python", "Tornado"),
          List.<HighlightGroup>of());
    }

    private static Item pyCon() {
      return new Item(
          "Speaker",
          Optional.<String>of("PyCon UK"),
          new Dates.Single(new CvDate.OfMonth(YearMonth.of(2017, 9), false)),
          Optional.<Url>of(new Url("https://pycon.org.uk")),
          List.<Text>of(Text.plain("Async Python.")),
          List.<HighlightGroup>of());
    }
  }
}
