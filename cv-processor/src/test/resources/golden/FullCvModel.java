package test;

import io.github.cvdsl.model.Award;
import io.github.cvdsl.model.Certificate;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Education;
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
        Optional.of("Engineer"),
        Optional.of("kura@example.org"),
        Optional.of("+44 117 496 0000"),
        Optional.of(new Url("https://kura.gg")),
        Optional.of(
            new Location(
                Optional.empty(),
                Optional.empty(),
                Optional.of("Bristol"),
                Optional.empty(),
                Optional.of("GB"))),
        List.of(
            new Text(
                List.of(
                    new Span.Plain("Engineer who builds "),
                    new Span.Strong(List.of(new Span.Plain("CDNs"))),
                    new Span.Plain(" and "),
                    new Span.Emphasis(List.of(new Span.Plain("mentors"))),
                    new Span.Plain("."))),
            new Text(
                List.of(
                    new Span.Plain("Second paragraph with "),
                    new Span.Code("code"),
                    new Span.Plain(" and "),
                    new Span.Link(
                        List.of(new Span.Plain("a link")),
                        new Url("https://kura.gg/about")),
                    new Span.Plain(".")))),
        List.of(
            new Profile("GitHub", Optional.of("kura"), new Url("https://github.com/kura")),
            new Profile("Website", Optional.empty(), new Url("https://kura.gg"))),
        List.of(experienceSection(), othersSection(), interestsSection()),
        "en-GB");
  }

  private static Section experienceSection() {
    return new Section(
        "Experience",
        List.of(),
        List.of(),
        List.of(experienceBbc(), experienceServiceWanted()));
  }

  private static Job experienceBbc() {
    return new Job(
        "BBC",
        "Engineer",
        new Dates.Ongoing(new CvDate.OfMonth(YearMonth.of(2019, 8), false)),
        Optional.of("London"),
        Optional.of(new Url("https://www.bbc.co.uk")),
        Optional.of("Broadcaster"),
        List.of(
            Text.plain("Building and maintaining the BIDI CDN for iPlayer.")),
        List.of(
            new HighlightGroup(
                Optional.of(Text.plain("Engineering leadership aspects within role;")),
                List.of(
                    new Highlight(
                        Text.plain("Took on many operational responsibilities, including:"),
                        List.of(
                            Text.plain("Became someone others ask about BIDI & Radix"),
                            new Text(
                                List.of(
                                    new Span.Plain("Trained to be a "),
                                    new Span.Strong(List.of(new Span.Plain("First Aider"))))))),
                    new Highlight(Text.plain("Mentoring members of my own team."), List.of()))),
            new HighlightGroup(
                Optional.of(
                    Text.plain("Some features I designed and/or implemented include;")),
                List.of(
                    new Highlight(
                        new Text(
                            List.of(
                                new Span.Strong(List.of(new Span.Plain("Feedback loop system"))),
                                new Span.Plain(" – Built version 1 and 2."))),
                        List.of()),
                    new Highlight(
                        new Text(
                            List.of(
                                new Span.Strong(List.of(new Span.Plain("Cache tiering"))),
                                new Span.Plain(" – an extension of "),
                                new Span.Emphasis(List.of(new Span.Plain("sharding"))),
                                new Span.Plain("."))),
                        List.of())))));
  }

  private static Job experienceServiceWanted() {
    return new Job(
        "ServiceWanted",
        "PHP & Python Developer",
        new Dates.Single(new CvDate.OfYear(2004, true)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(
            new HighlightGroup(
                Optional.empty(),
                List.of(
                    new Highlight(Text.plain("Developing PHP web applications."), List.of()),
                    new Highlight(
                        Text.plain("General Dev Ops scripts/tasks using Python."),
                        List.of())))));
  }

  private static Section othersSection() {
    return new Section(
        "Everything else",
        List.of(Text.plain("All the other kinds.")),
        List.of(),
        List.of(
            othersCodeClub(),
            othersBristol(),
            othersAward2021(),
            othersCka(),
            othersNvme(),
            othersLinux(),
            othersEnglish(),
            othersVideo(),
            othersJane(),
            othersMap(),
            othersPyCon()));
  }

  private static Volunteer othersCodeClub() {
    return new Volunteer(
        "Code Club",
        "Mentor",
        new Dates.Range(
            new CvDate.OfYear(2016, false),
            new CvDate.OfDay(LocalDate.of(2018, 6, 30), false)),
        Optional.of(new Url("https://codeclub.org")),
        List.of(Text.plain("Taught.")),
        List.of());
  }

  private static Education othersBristol() {
    return new Education(
        "Bristol",
        Optional.of("CS"),
        Optional.of("BSc"),
        new Dates.Range(
            new CvDate.OfYear(2001, false),
            new CvDate.OfYear(2004, false)),
        Optional.of("First"),
        List.of("Compilers", "Networks"),
        Optional.of(new Url("https://bristol.ac.uk")),
        List.of(Text.plain("Studied.")),
        List.of());
  }

  private static Award othersAward2021() {
    return new Award(
        "Engineer of the year",
        Optional.of(new CvDate.OfMonth(YearMonth.of(2021, 12), false)),
        Optional.of("BBC"),
        List.of(Text.plain("For mVIP.")),
        List.of());
  }

  private static Certificate othersCka() {
    return new Certificate(
        "CKA",
        Optional.of(new CvDate.OfDay(LocalDate.of(2022, 3, 15), false)),
        Optional.of("CNCF"),
        Optional.of(new Url("https://cncf.io")),
        List.of());
  }

  private static Publication othersNvme() {
    return new Publication(
        "Tuning NVMe",
        Optional.of("Blog"),
        Optional.of(new CvDate.OfYear(2023, false)),
        Optional.of(new Url("https://kura.gg/nvme")),
        List.of(Text.plain("How.")),
        List.of());
  }

  private static Skill othersLinux() {
    return new Skill(
        "Linux",
        Optional.of("Master"),
        List.of("Debian/Ubuntu", "RHEL/CentOS"),
        List.of(Text.plain("Since 2001.")),
        List.of());
  }

  private static Language othersEnglish() {
    return new Language("English", Optional.of("Native"), List.of());
  }

  private static Interest othersVideo() {
    return new Interest("Video", List.of("encoding", "streaming"), List.of());
  }

  private static Reference othersJane() {
    return new Reference("Jane Doe", List.of(Text.plain("Reliable.")), List.of());
  }

  private static Project othersMap() {
    return new Project(
        "MAP",
        List.of("Architect", "Lead Engineer"),
        Optional.of("Tangent"),
        Optional.of("platform"),
        new Dates.Range(
            new CvDate.OfYear(2012, false),
            new CvDate.OfYear(2014, false)),
        Optional.of(new Url("https://map.example")),
        List.of(Text.plain("A marketing platform.")),
        List.of("Python", "Tornado"),
        List.of());
  }

  private static Item othersPyCon() {
    return new Item(
        "Speaker",
        Optional.of("PyCon UK"),
        new Dates.Single(new CvDate.OfMonth(YearMonth.of(2017, 9), false)),
        Optional.of(new Url("https://pycon.org.uk")),
        List.of(Text.plain("Async Python.")),
        List.of());
  }

  private static Section interestsSection() {
    return new Section(
        "Outside Interests",
        List.of(),
        List.of(
            new HighlightGroup(
                Optional.empty(),
                List.of(
                    new Highlight(Text.plain("Programming/engineering"), List.of()),
                    new Highlight(Text.plain("Linux"), List.of())))),
        List.of());
  }
}
