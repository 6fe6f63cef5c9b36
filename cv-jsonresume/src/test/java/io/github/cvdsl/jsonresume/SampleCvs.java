package io.github.cvdsl.jsonresume;

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

/** CVs built as the processor would build them, to render in tests. */
final class SampleCvs {
  /** Plain words with every character the DSL's markup escapes, and a path's backslashes. */
  static final String LITERAL_MARKERS = " – 5 * 3 [sic] `x` C:\\dir\\";

  /**
   * "Built **Pelican** with *care*, see [the docs](https://example.org/docs) and `a*b` – 5 * 3
   * [sic] `x` C:\dir\" with the last run's markers literal.
   */
  static final Text MARKUP =
      new Text(
          List.of(
              plain("Built "),
              new Span.Strong(List.of(plain("Pelican"))),
              plain(" with "),
              new Span.Emphasis(List.of(plain("care"))),
              plain(", see "),
              new Span.Link(
                  List.of(plain("the "), new Span.Strong(List.of(plain("docs")))),
                  new Url("https://example.org/docs")),
              plain(" and "),
              new Span.Code("a*b"),
              plain(LITERAL_MARKERS)));

  static final String MARKUP_MARKDOWN =
      "Built **Pelican** with *care*, see [the **docs**](https://example.org/docs) and `a*b`"
          + " – 5 \\* 3 \\[sic\\] \\`x\\` C:\\dir\\\\";

  private SampleCvs() {}

  static Span plain(String text) {
    return new Span.Plain(text);
  }

  static Text text(String text) {
    return Text.plain(text);
  }

  static CvDate year(int year) {
    return new CvDate.OfYear(year, false);
  }

  static CvDate month(int year, int month) {
    return new CvDate.OfMonth(YearMonth.of(year, month), false);
  }

  static CvDate day(int year, int month, int day) {
    return new CvDate.OfDay(LocalDate.of(year, month, day), false);
  }

  static HighlightGroup bullets(String... bullets) {
    return new HighlightGroup(
        Optional.empty(), List.of(bullets).stream().map(b -> new Highlight(text(b), List.of())).toList());
  }

  /** A CV of one name and one custom section: everything optional left out. */
  static Cv minimal() {
    return new Cv(
        "Kura",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(
            new Section(
                "Talks",
                List.of(),
                List.of(),
                List.of(
                    new Item(
                        "A talk",
                        Optional.empty(),
                        new Dates.None(),
                        Optional.empty(),
                        List.of(),
                        List.of())))),
        "en");
  }

  /**
   * Every entry kind, every date form (year, month, day; approximate; single, range, open, none;
   * a year the schema cannot hold), Unicode, inline markup, titled groups and nested bullets,
   * kinds mixed in one section, and optional fields both set and left out.
   */
  static Cv everything() {
    HighlightGroup leadership =
        new HighlightGroup(
            Optional.of(text("Engineering leadership;")),
            List.of(
                new Highlight(
                    text("Took on operational duties, including:"),
                    List.of(text("Incident response"), MARKUP)),
                new Highlight(text("Mentoring"), List.of())));
    Job bbc =
        new Job(
            "BBC",
            "Engineer",
            new Dates.Range(month(2019, 8), month(2021, 3)),
            Optional.of("Salford, GB"),
            Optional.of(new Url("https://www.bbc.co.uk")),
            Optional.of("Public broadcaster"),
            List.of(text("Building the BIDI CDN for iPlayer.")),
            List.of(leadership, bullets("**Not bold**: this bullet is plain text.")));
    Job ongoing =
        new Job(
            "Ünïcødé Ltd 🚀",
            "Lead \"quoted\" \\ engineer",
            new Dates.Ongoing(day(2021, 4, 6)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of());
    Project inExperience =
        new Project(
            "wikmd",
            List.of("Contributor"),
            Optional.empty(),
            Optional.empty(),
            new Dates.None(),
            Optional.empty(),
            List.of(text("A file-based wiki.")),
            List.of(),
            List.of());
    Item side =
        new Item(
            "Side work",
            Optional.of("Evenings"),
            new Dates.Ongoing(month(2022, 1)),
            Optional.of(new Url("https://side.example.org")),
            List.of(MARKUP),
            List.of(bullets("One", "Two")));
    Volunteer volunteer =
        new Volunteer(
            "PyCon UK",
            "Volunteer",
            new Dates.Single(new CvDate.OfYear(2004, true)),
            Optional.of(new Url("https://pyconuk.org")),
            List.of(text("Ran the door.")),
            List.of(bullets("Badges")));
    Education education =
        new Education(
            "Université de Montréal",
            Optional.of("Computer Science"),
            Optional.of("Bachelor"),
            new Dates.Range(year(2001), year(2004)),
            Optional.of("First"),
            List.of("Compilers", "Networks"),
            Optional.of(new Url("https://www.umontreal.ca/département")),
            List.of(text("Thesis on caches.")),
            List.of(bullets("Prize for the thesis")));
    Award award =
        new Award(
            "Hack of the year",
            Optional.of(day(2020, 5, 17)),
            Optional.of("BBC R&D"),
            List.of(MARKUP),
            List.of(bullets("Shared with the team")));
    Certificate certificate =
        new Certificate(
            "CKA",
            Optional.of(new CvDate.OfMonth(YearMonth.of(2018, 3), true)),
            Optional.of("CNCF"),
            Optional.of(new Url("https://www.cncf.io/cka")),
            List.of());
    Publication publication =
        new Publication(
            "On very old caches",
            Optional.of("Annals"),
            Optional.of(year(999)),
            Optional.of(new Url("https://example.org/paper")),
            List.of(text("Reprinted.")),
            List.of());
    Skill linux =
        new Skill(
            "Linux",
            Optional.of("Master"),
            List.of("Debian/Ubuntu", "RHEL/CentOS"),
            List.of(text("Since 1999.")),
            List.of());
    Skill bare = new Skill("Go", Optional.empty(), List.of(), List.of(), List.of());
    Language english = new Language("English", Optional.of("Native speaker"), List.of());
    Language japanese = new Language("日本語", Optional.empty(), List.of(bullets("Reading")));
    Interest video =
        new Interest("Video", List.of("encoding", "streaming"), List.of());
    Reference reference =
        new Reference(
            "Ada",
            List.of(text("A great colleague."), MARKUP),
            List.of());
    Project map =
        new Project(
            "MAP",
            List.of("Architect", "Lead Developer"),
            Optional.of("Tangent"),
            Optional.of("application"),
            new Dates.Range(day(2012, 1, 2), day(2014, 12, 31)),
            Optional.of(new Url("https://example.org/map")),
            List.of(text("A marketing platform.")),
            List.of("Python", "RabbitMQ"),
            List.of(bullets("Send engines", "Tracking")));
    Item bare1 =
        new Item("Lightning talk", Optional.empty(), new Dates.None(), Optional.empty(), List.of(), List.of());
    return new Cv(
        "Zoë Ångström-李 ‏עברית‎ 🚀",
        Optional.of("Engineer"),
        Optional.of("zoe@example.org"),
        Optional.of("+44 117 496 0000"),
        Optional.of(new Url("https://zoe.example.org")),
        Optional.of(
            new Location(
                Optional.of("1 Quay St\nFlat 2"),
                Optional.of("BS1 4DJ"),
                Optional.of("Bristol"),
                Optional.of("Bristol"),
                Optional.of("GB"))),
        List.of(text("I build CDNs."), MARKUP),
        List.of(
            new Profile("GitHub", Optional.of("zoe"), new Url("https://github.com/zoe")),
            new Profile("Mastodon", Optional.empty(), new Url("https://mastodon.social/@zoë"))),
        List.of(
            new Section(
                "Experience",
                List.of(text("Recent first.")),
                List.of(),
                List.of(bbc, inExperience, side, ongoing)),
            new Section("Volunteering", List.of(), List.of(), List.of(volunteer)),
            new Section("Education", List.of(), List.of(), List.of(education)),
            new Section(
                "Recognition", List.of(), List.of(), List.of(award, certificate, publication)),
            new Section("Skills", List.of(), List.of(), List.of(linux, bare)),
            new Section("Languages", List.of(), List.of(), List.of(english, japanese)),
            new Section(
                "Interests",
                List.of(),
                List.of(bullets("Programming", "Linux")),
                List.of(video)),
            new Section("References", List.of(), List.of(), List.of(reference)),
            new Section("Projects", List.of(), List.of(), List.of(map)),
            new Section("Talks", List.of(), List.of(), List.of(bare1)),
            new Section(
                "Social Links",
                List.of(MARKUP),
                List.of(
                    new HighlightGroup(
                        Optional.of(text("Elsewhere")),
                        List.of(new Highlight(MARKUP, List.of())))),
                List.of())),
        "en-GB");
  }
}
