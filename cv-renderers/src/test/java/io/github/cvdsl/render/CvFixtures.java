package io.github.cvdsl.render;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CVs built by hand for tests and the benchmark. */
public final class CvFixtures {

  private CvFixtures() {}

  /**
   * A CV like the seed's: every entry kind, every span kind, every kind of dates, nested bullets
   * and titled groups.
   */
  public static Cv realistic() {
    return new Cv(
        "Kura",
        Optional.of("Engineer"),
        Optional.of("kura@example.com"),
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
                    plain("Engineer who likes "),
                    strong("content delivery"),
                    plain(", "),
                    new Span.Emphasis(List.of(plain("Python"))),
                    plain(" and "),
                    new Span.Code("async def"),
                    plain("; see "),
                    new Span.Link(List.of(plain("my blog")), new Url("https://kura.gg/blog")),
                    plain(".")))),
        List.of(
            new Profile("GitHub", Optional.of("kura"), new Url("https://github.com/kura")),
            new Profile("Website", Optional.empty(), new Url("https://kura.gg"))),
        List.of(
            experience(),
            section(
                "Volunteering",
                new Volunteer(
                    "PyCon UK",
                    "Organiser",
                    new Dates.Range(year(2016), year(2018)),
                    Optional.of(new Url("https://pyconuk.org")),
                    List.of(Text.plain("Ran the conference's network.")),
                    List.of())),
            section(
                "Education",
                new Education(
                    "University of Bristol",
                    Optional.of("Computer Science"),
                    Optional.of("BSc"),
                    new Dates.Range(
                        new CvDate.OfDay(LocalDate.of(2003, 9, 22), false),
                        new CvDate.OfDay(LocalDate.of(2006, 6, 30), false)),
                    Optional.of("2:1"),
                    List.of("Networks", "Compilers"),
                    Optional.of(new Url("https://bristol.ac.uk")),
                    List.of(),
                    List.of())),
            section(
                "Awards",
                new Award(
                    "Best Talk",
                    Optional.of(month(2017, 9)),
                    Optional.of("PyCon UK"),
                    List.of(Text.plain("For a talk on Blackhole.")),
                    List.of())),
            section(
                "Certificates",
                new Certificate(
                    "AWS Solutions Architect",
                    Optional.of(new CvDate.OfDay(LocalDate.of(2021, 3, 4), false)),
                    Optional.of("Amazon"),
                    Optional.of(new Url("https://aws.amazon.com/certification/")),
                    List.of())),
            section(
                "Publications",
                new Publication(
                    "Tuning servers for throughput",
                    Optional.of("BBC Blog"),
                    Optional.of(month(2022, 5)),
                    Optional.of(new Url("https://bbc.co.uk/blogs")),
                    List.of(Text.plain("How we got 48% more out of each server.")),
                    List.of())),
            projects(),
            new Section(
                "Skills",
                List.of(),
                List.of(),
                List.of(
                    new Skill(
                        "Leadership",
                        Optional.empty(),
                        List.of(),
                        List.of(Text.plain("I am happy to take charge.")),
                        List.of()),
                    new Skill(
                        "Linux",
                        Optional.of("Expert"),
                        List.of("Debian/Ubuntu", "RHEL/CentOS"),
                        List.of(),
                        List.of()))),
            section("Languages", new Language("English", Optional.of("Native"), List.of())),
            new Section(
                "Outside Interests",
                List.of(),
                List.of(group(null, bullet("Programming/engineering"), bullet("Video encoding"))),
                List.of(new Interest("Hardware", List.of("servers", "routers"), List.of()))),
            section(
                "References",
                new Reference(
                    "A. Colleague",
                    List.of(Text.plain("Kura is the person we call when things break.")),
                    List.of())),
            section(
                "Talks",
                new Item(
                    "Building a fake MTA",
                    Optional.of("PyCon UK"),
                    new Dates.Single(new CvDate.OfDay(LocalDate.of(2017, 9, 16), false)),
                    Optional.of(new Url("https://pyconuk.org/talks")),
                    List.of(),
                    List.of()))),
        "en-GB");
  }

  private static Section experience() {
    Job bbc =
        new Job(
            "BBC",
            "Engineer",
            new Dates.Ongoing(month(2019, 8)),
            Optional.of("Salford"),
            Optional.of(new Url("https://bbc.co.uk")),
            Optional.empty(),
            List.of(Text.plain("Building and maintaining the BIDI CDN for iPlayer.")),
            List.of(
                group(
                    "Engineering leadership aspects within role;",
                    new Highlight(
                        Text.plain(
                            "Took on many operational responsibilities on top of my day-to-day"
                                + " work, including:"),
                        List.of(
                            Text.plain(
                                "Became someone that members from other teams approach with"
                                    + " questions about BIDI & Radix"),
                            Text.plain(
                                "Trained to be a First Aider and a Mental Health First Aider to"
                                    + " support my colleagues."))),
                    bullet("Mentoring members of my own team as well as members of other teams.")),
                group(
                    "Some features I designed and/or implemented include;",
                    new Highlight(
                        new Text(
                            List.of(
                                strong("Feedback loop system"),
                                plain(
                                    " – Built version 1 and 2 of our feedback loop system which"
                                        + " is used by the platform to balance traffic."))),
                        List.of()),
                    new Highlight(
                        new Text(
                            List.of(
                                strong("Prototype measurements integration using InfluxDB"),
                                plain(" – replaced Collectd + Statsd + Graphite with "),
                                new Span.Code("Telegraf"),
                                plain(" and "),
                                new Span.Link(
                                    List.of(plain("InfluxDB")),
                                    new Url("https://www.influxdata.com")),
                                plain("."))),
                        List.of()))));
    Job contracting =
        new Job(
            "Contractor/Consultant",
            "Various roles/positions",
            new Dates.Range(month(2015, 1), month(2019, 8)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(Text.plain("Working contracts of varying lengths.")),
            List.of());
    Job tangent =
        new Job(
            "Tangent Plc",
            "Lead Systems Engineer",
            new Dates.Range(month(2009, 8), month(2014, 5)),
            Optional.empty(),
            Optional.empty(),
            Optional.of("Marketing agency"),
            List.of(),
            List.of(group(null, bullet("Designed, built and maintained a VMWare platform."))));
    Job serviceWanted =
        new Job(
            "ServiceWanted",
            "PHP & Python Developer",
            new Dates.Single(new CvDate.OfYear(2004, true)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(Text.plain("Developing PHP web applications.")),
            List.of());
    return new Section(
        "Experience", List.of(), List.of(), List.of(bbc, contracting, tangent, serviceWanted));
  }

  private static Section projects() {
    Project wikmd =
        new Project(
            "wikmd",
            List.of("Contributor"),
            Optional.empty(),
            Optional.empty(),
            new Dates.None(),
            Optional.of(new Url("https://github.com/Linbreux/wikmd")),
            List.of(Text.plain("wikmd is an open source file-based markdown wiki.")),
            List.of(),
            List.of());
    Project map =
        new Project(
            "MAP",
            List.of("Architect", "Lead Engineer"),
            Optional.of("Tangent Plc"),
            Optional.of("platform"),
            new Dates.Range(year(2012), year(2014)),
            Optional.empty(),
            List.of(Text.plain("MAP is a marketing platform.")),
            List.of("Python", "RabbitMQ"),
            List.of());
    Project blackhole =
        new Project(
            "Blackhole",
            List.of("Lead Developer"),
            Optional.empty(),
            Optional.empty(),
            new Dates.None(),
            Optional.empty(),
            List.of(
                new Text(
                    List.of(
                        plain("Written for Python 3.5 using the "),
                        new Span.Code("async def"),
                        plain(" and "),
                        new Span.Code("await"),
                        plain(" statements.")))),
            List.of(),
            List.of());
    return new Section("Projects", List.of(), List.of(), List.of(wikmd, map, blackhole));
  }

  /**
   * A CV of {@code entries} jobs with five bullets each, every other bullet with two nested
   * bullets.
   */
  public static Cv synthetic(int entries) {
    List<Entry> jobs = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) {
      List<Highlight> highlights = new ArrayList<>(5);
      for (int h = 0; h < 5; h++) {
        List<Text> details =
            h % 2 == 0
                ? List.of(
                    Text.plain("Detail " + h + " of entry " + i + " with a few more words."),
                    Text.plain("Another detail, with `code` and * stars *."))
                : List.of();
        highlights.add(
            new Highlight(
                new Text(
                    List.of(
                        strong("Lead-in " + h),
                        plain(" – did something useful for team " + i + ", measured and "),
                        new Span.Link(List.of(plain("written up")), new Url("https://example.com/" + i)),
                        plain("."))),
                details));
      }
      jobs.add(
          new Job(
              "Company " + i,
              "Engineer",
              new Dates.Range(month(2000 + i % 20, 1 + i % 12), month(2021, 1)),
              Optional.of("Bristol"),
              Optional.empty(),
              Optional.empty(),
              List.of(Text.plain("Worked on systems number " + i + " for a long while.")),
              List.of(new HighlightGroup(Optional.of(Text.plain("Highlights;")), highlights))));
    }
    return new Cv(
        "Synthetic Person",
        Optional.of("Engineer"),
        Optional.of("someone@example.com"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(Text.plain("A CV with many entries.")),
        List.of(new Profile("GitHub", Optional.of("someone"), new Url("https://github.com/someone"))),
        List.of(new Section("Experience", List.of(), List.of(), jobs)),
        "en-GB");
  }

  /**
   * A CV with one entry of every kind in which every optional is absent and every list empty.
   */
  public static Cv minimal() {
    Dates none = new Dates.None();
    List<Entry> entries =
        List.of(
            new Job("Org", "", none, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()),
            new Volunteer("Charity", "", none, Optional.empty(), List.of(), List.of()),
            new Education(
                "School",
                Optional.empty(),
                Optional.empty(),
                none,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                List.of()),
            new Award("Prize", Optional.empty(), Optional.empty(), List.of(), List.of()),
            new Certificate("Cert", Optional.empty(), Optional.empty(), Optional.empty(), List.of()),
            new Publication(
                "Paper", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()),
            new Skill("Skill", Optional.empty(), List.of(), List.of(), List.of()),
            new Language("Language", Optional.empty(), List.of()),
            new Interest("Interest", List.of(), List.of()),
            new Reference("Referee", List.of(), List.of()),
            new Project(
                "Project",
                List.of(),
                Optional.empty(),
                Optional.empty(),
                none,
                Optional.empty(),
                List.of(),
                List.of(),
                List.of()),
            new Item("Item", Optional.empty(), none, Optional.empty(), List.of(), List.of()),
            new Project(
                "Contributed",
                List.of("Contributor"),
                Optional.empty(),
                Optional.empty(),
                none,
                Optional.empty(),
                List.of(),
                List.of(),
                List.of()));
    return new Cv(
        "Minimal",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(
            new Section("Everything", List.of(), List.of(), entries),
            new Section("Empty", List.of(), List.of(), List.of())),
        "en");
  }

  /**
   * A British English CV with one job per month of the year, each from that month of 2019 to the
   * 5th of that month of 2020, so that every month name shows both on its own and in a day.
   */
  public static Cv everyMonth() {
    List<Entry> jobs = new ArrayList<>(12);
    for (int m = 1; m <= 12; m++) {
      jobs.add(
          new Job(
              "Company " + m,
              "Engineer",
              new Dates.Range(month(2019, m), new CvDate.OfDay(LocalDate.of(2020, m, 5), false)),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              List.of()));
    }
    return new Cv(
        "Months",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(new Section("Experience", List.of(), List.of(), jobs)),
        "en-GB");
  }

  /** {@code cv} in another language, with {@code words} as the author's own fixed words. */
  public static Cv inLanguage(Cv cv, String language, Map<String, String> words) {
    return new Cv(
        cv.name(),
        cv.label(),
        cv.email(),
        cv.phone(),
        cv.website(),
        cv.location(),
        cv.summary(),
        cv.profiles(),
        cv.sections(),
        language,
        words);
  }

  /** A CV whose single section and entry use {@code dates}, for looking at how dates show. */
  public static Cv withDates(Dates dates, String language) {
    return new Cv(
        "Dates",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(
            section(
                "Experience",
                new Job(
                    "BBC",
                    "Engineer",
                    dates,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    List.of()))),
        language);
  }

  static CvDate month(int year, int month) {
    return new CvDate.OfMonth(YearMonth.of(year, month), false);
  }

  static CvDate year(int year) {
    return new CvDate.OfYear(year, false);
  }

  static Span plain(String text) {
    return new Span.Plain(text);
  }

  static Span strong(String text) {
    return new Span.Strong(List.of(plain(text)));
  }

  static Highlight bullet(String text) {
    return new Highlight(Text.plain(text), List.of());
  }

  static HighlightGroup group(String title, Highlight... highlights) {
    return new HighlightGroup(Optional.ofNullable(title).map(Text::plain), List.of(highlights));
  }

  static Section section(String title, Entry entry) {
    return new Section(title, List.of(), List.of(), List.of(entry));
  }
}
