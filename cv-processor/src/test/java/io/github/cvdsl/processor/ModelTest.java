package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.model;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
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
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A valid CV compiles, and its generated model holds exactly what was written. */
class ModelTest {
  static final JavaFileObject EVERY_KIND =
      source(
          "FullCv",
          """
@Cv(name = "Kura", label = "Engineer", email = "kura@example.org",
    phone = "+44 117 496 0000", website = "https://kura.gg",
    location = @Location(city = "Bristol", countryCode = "GB"),
    summary = \"""
        Engineer who builds **CDNs**
        and *mentors*.

        Second paragraph with `code` and [a link](https://kura.gg/about).\""",
    profiles = {
      @Profile(network = "GitHub", username = "kura", url = "https://github.com/kura"),
      @Profile(network = "Website", url = "https://kura.gg")},
    language = "en-GB")
public interface FullCv {
  @Section("Experience")
  interface Experience {
    @Job(organisation = "BBC", position = "Engineer", start = "2019-08", end = "present",
         location = "London", url = "https://www.bbc.co.uk", description = "Broadcaster",
         summary = "Building and maintaining the BIDI CDN for iPlayer.")
    @Highlights(title = "Engineering leadership aspects within role;", value = {
        @Highlight(value = "Took on many operational responsibilities, including:",
                   details = {"Became someone others ask about BIDI & Radix",
                              "Trained to be a **First Aider**"}),
        @Highlight("Mentoring members of my own team.")})
    @Highlights(title = "Some features I designed and/or implemented include;", value = {
        @Highlight("**Feedback loop system** – Built version 1 and 2."),
        @Highlight("**Cache tiering** – an extension of *sharding*.")})
    interface Bbc {}

    @Job(organisation = "ServiceWanted", position = "PHP & Python Developer",
         start = "~2004")
    @Highlight("Developing PHP web applications.")
    @Highlight("General Dev Ops scripts/tasks using Python.")
    interface ServiceWanted {}
  }

  @Section(value = "Everything else", summary = "All the other kinds.")
  interface Others {
    @Volunteer(organisation = "Code Club", position = "Mentor", start = "2016",
               end = "2018-06-30", url = "https://codeclub.org", summary = "Taught.")
    interface CodeClub {}

    @Education(institution = "Bristol", area = "CS", studyType = "BSc", start = "2001",
               end = "2004", score = "First", courses = {"Compilers", "Networks"},
               url = "https://bristol.ac.uk", summary = "Studied.")
    interface Bristol {}

    @Award(title = "Engineer of the year", date = "2021-12", awarder = "BBC",
           summary = "For mVIP.")
    interface Award2021 {}

    @Certificate(name = "CKA", date = "2022-03-15", issuer = "CNCF",
                 url = "https://cncf.io")
    interface Cka {}

    @Publication(name = "Tuning NVMe", publisher = "Blog", releaseDate = "2023",
                 url = "https://kura.gg/nvme", summary = "How.")
    interface Nvme {}

    @Skill(name = "Linux", level = "Master", keywords = {"Debian/Ubuntu", "RHEL/CentOS"},
           summary = "Since 2001.")
    interface Linux {}

    @Language(language = "English", fluency = "Native")
    interface English {}

    @Interest(name = "Video", keywords = {"encoding", "streaming"})
    interface Video {}

    @Reference(name = "Jane Doe", reference = "Reliable.")
    interface Jane {}

    @Project(name = "MAP", roles = {"Architect", "Lead Engineer"}, entity = "Tangent",
             type = "platform", start = "2012", end = "2014", url = "https://map.example",
             summary = "A marketing platform.", keywords = {"Python", "Tornado"})
    interface Map {}

    @Item(title = "Speaker", subtitle = "PyCon UK", start = "2017-09",
          url = "https://pycon.org.uk", summary = "Async Python.")
    interface PyCon {}
  }

  @Section("Outside Interests")
  @Highlight("Programming/engineering")
  @Highlight("Linux")
  interface Interests {}
}
""");

  private static Text plain(String text) {
    return Text.plain(text);
  }

  private static Text text(Span... spans) {
    return new Text(List.of(spans));
  }

  private static Span.Plain p(String text) {
    return new Span.Plain(text);
  }

  private static Span.Strong strong(String text) {
    return new Span.Strong(List.of(p(text)));
  }

  private static Span.Emphasis emphasis(String text) {
    return new Span.Emphasis(List.of(p(text)));
  }

  private static Highlight bullet(Text text, Text... details) {
    return new Highlight(text, List.of(details));
  }

  private static Optional<Url> url(String url) {
    return Optional.of(new Url(url));
  }

  private static Cv expected() {
    Job bbc =
        new Job(
            "BBC",
            "Engineer",
            new Dates.Ongoing(new CvDate.OfMonth(YearMonth.of(2019, 8), false)),
            Optional.of("London"),
            url("https://www.bbc.co.uk"),
            Optional.of("Broadcaster"),
            List.of(plain("Building and maintaining the BIDI CDN for iPlayer.")),
            List.of(
                new HighlightGroup(
                    Optional.of(plain("Engineering leadership aspects within role;")),
                    List.of(
                        bullet(
                            plain("Took on many operational responsibilities, including:"),
                            plain("Became someone others ask about BIDI & Radix"),
                            text(p("Trained to be a "), strong("First Aider"))),
                        bullet(plain("Mentoring members of my own team.")))),
                new HighlightGroup(
                    Optional.of(plain("Some features I designed and/or implemented include;")),
                    List.of(
                        bullet(
                            text(strong("Feedback loop system"), p(" – Built version 1 and 2."))),
                        bullet(
                            text(
                                strong("Cache tiering"),
                                p(" – an extension of "),
                                emphasis("sharding"),
                                p(".")))))));
    Job serviceWanted =
        new Job(
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
                        bullet(plain("Developing PHP web applications.")),
                        bullet(plain("General Dev Ops scripts/tasks using Python."))))));
    Section others =
        new Section(
            "Everything else",
            List.of(plain("All the other kinds.")),
            List.of(),
            List.of(
                new Volunteer(
                    "Code Club",
                    "Mentor",
                    new Dates.Range(
                        new CvDate.OfYear(2016, false),
                        new CvDate.OfDay(LocalDate.of(2018, 6, 30), false)),
                    url("https://codeclub.org"),
                    List.of(plain("Taught.")),
                    List.of()),
                new Education(
                    "Bristol",
                    Optional.of("CS"),
                    Optional.of("BSc"),
                    new Dates.Range(new CvDate.OfYear(2001, false), new CvDate.OfYear(2004, false)),
                    Optional.of("First"),
                    List.of("Compilers", "Networks"),
                    url("https://bristol.ac.uk"),
                    List.of(plain("Studied.")),
                    List.of()),
                new Award(
                    "Engineer of the year",
                    Optional.of(new CvDate.OfMonth(YearMonth.of(2021, 12), false)),
                    Optional.of("BBC"),
                    List.of(plain("For mVIP.")),
                    List.of()),
                new Certificate(
                    "CKA",
                    Optional.of(new CvDate.OfDay(LocalDate.of(2022, 3, 15), false)),
                    Optional.of("CNCF"),
                    url("https://cncf.io"),
                    List.of()),
                new Publication(
                    "Tuning NVMe",
                    Optional.of("Blog"),
                    Optional.of(new CvDate.OfYear(2023, false)),
                    url("https://kura.gg/nvme"),
                    List.of(plain("How.")),
                    List.of()),
                new Skill(
                    "Linux",
                    Optional.of("Master"),
                    List.of("Debian/Ubuntu", "RHEL/CentOS"),
                    List.of(plain("Since 2001.")),
                    List.of()),
                new Language("English", Optional.of("Native"), List.of()),
                new Interest("Video", List.of("encoding", "streaming"), List.of()),
                new Reference("Jane Doe", List.of(plain("Reliable.")), List.of()),
                new Project(
                    "MAP",
                    List.of("Architect", "Lead Engineer"),
                    Optional.of("Tangent"),
                    Optional.of("platform"),
                    new Dates.Range(new CvDate.OfYear(2012, false), new CvDate.OfYear(2014, false)),
                    url("https://map.example"),
                    List.of(plain("A marketing platform.")),
                    List.of("Python", "Tornado"),
                    List.of()),
                new Item(
                    "Speaker",
                    Optional.of("PyCon UK"),
                    new Dates.Single(new CvDate.OfMonth(YearMonth.of(2017, 9), false)),
                    url("https://pycon.org.uk"),
                    List.of(plain("Async Python.")),
                    List.of())));
    return new Cv(
        "Kura",
        Optional.of("Engineer"),
        Optional.of("kura@example.org"),
        Optional.of("+44 117 496 0000"),
        url("https://kura.gg"),
        Optional.of(
            new Location(
                Optional.empty(),
                Optional.empty(),
                Optional.of("Bristol"),
                Optional.empty(),
                Optional.of("GB"))),
        List.of(
            text(
                p("Engineer who builds "), strong("CDNs"), p(" and "), emphasis("mentors"), p(".")),
            text(
                p("Second paragraph with "),
                new Span.Code("code"),
                p(" and "),
                new Span.Link(List.of(p("a link")), new Url("https://kura.gg/about")),
                p("."))),
        List.of(
            new Profile("GitHub", Optional.of("kura"), new Url("https://github.com/kura")),
            new Profile("Website", Optional.empty(), new Url("https://kura.gg"))),
        List.of(
            new Section("Experience", List.of(), List.of(), List.of(bbc, serviceWanted)),
            others,
            new Section(
                "Outside Interests",
                List.of(),
                List.of(
                    new HighlightGroup(
                        Optional.empty(),
                        List.of(bullet(plain("Programming/engineering")), bullet(plain("Linux"))))),
                List.of())),
        "en-GB");
  }

  @Test
  void modelHoldsExactlyWhatWasWritten() {
    Compilation compilation = javac(EVERY_KIND);
    assertThat(compilation).succeededWithoutWarnings();
    Cv cv = model(compilation, "test.FullCvModel");
    // Section by section first, so that a mismatch names the part that differs.
    for (int i = 0; i < expected().sections().size(); i++) {
      assertEquals(expected().sections().get(i), cv.sections().get(i));
    }
    assertEquals(expected(), cv);
  }

  @Test
  void modelIsImmutable() {
    Cv cv = model(javac(EVERY_KIND), "test.FullCvModel");
    assertThrows(UnsupportedOperationException.class, () -> cv.sections().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> cv.sections().get(0).entries().remove(0));
  }

  @Test
  void explicitSectionListSetsTheOrderAcrossFilesAndPackages() {
    JavaFileObject cv =
        source(
            "SplitCv",
            """
            import test.parts.Projects;

            @Cv(name = "Kura", sections = {Projects.class, SplitCv.Experience.class})
            interface SplitCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}
              }
            }
            """);
    JavaFileObject projects =
        com.google.testing.compile.JavaFileObjects.forSourceString(
            "test.parts.Projects",
            """
            package test.parts;

            import io.github.cvdsl.*;

            @Section("Projects")
            public interface Projects {
              @Project(name = "Pelican")
              interface Pelican {}
            }
            """);
    Compilation compilation = javac(cv, projects);
    assertThat(compilation).succeededWithoutWarnings();
    Cv model = model(compilation, "test.SplitCvModel");
    assertEquals(
        List.of("Projects", "Experience"), model.sections().stream().map(Section::title).toList());
  }

  @Test
  void authorsOrderIsKeptForManyEntries() {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      // Names that sort differently from the order written.
      int n = (i * 17) % 40;
      entries.append("@Project(name = \"P").append(n).append("\") interface P").append(n);
      entries.append(" {}\n");
    }
    JavaFileObject source =
        source(
            "OrderCv",
            "@Cv(name = \"Kura\") interface OrderCv { @Section(\"Projects\") interface Projects {\n"
                + entries
                + "}}");
    Cv cv = model(javac(source), "test.OrderCvModel");
    List<String> names =
        cv.sections().get(0).entries().stream().map(e -> ((Project) e).name()).toList();
    List<String> written =
        java.util.stream.IntStream.range(0, 40).mapToObj(i -> "P" + (i * 17) % 40).toList();
    assertEquals(written, names);
  }
}
