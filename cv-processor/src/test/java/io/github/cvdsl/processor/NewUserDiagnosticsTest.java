package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.model;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.cvdsl.model.Job;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mistakes a new user made, each on the exact line and column: a message names what is wrong
 * and its advice, typed into the source as given, compiles.
 */
class NewUserDiagnosticsTest {

  /** A line and a column, both from 1, as javac counts them. */
  record Spot(long line, long column) {}

  /** Where {@code marker}, which occurs once in the source, begins. */
  static Spot spot(JavaFileObject source, String marker) {
    String text = content(source);
    int at = text.indexOf(marker);
    assertTrue(at >= 0, () -> "no " + marker + " in\n" + text);
    assertEquals(-1, text.indexOf(marker, at + 1), () -> marker + " occurs twice");
    long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    long column = at - text.lastIndexOf('\n', at - 1);
    return new Spot(line, column);
  }

  /** Asserts an error containing {@code message} in {@code source}, where {@code marker} begins. */
  static void assertErrorAt(
      Compilation compilation, JavaFileObject source, String message, String marker) {
    Spot spot = spot(source, marker);
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(source)
        .onLine(spot.line())
        .atColumn(spot.column());
  }

  static String content(JavaFileObject source) {
    try {
      return source.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The option that lets javac run processors after an error it cannot recover from, such as a
   * missing required element; without it javac stops before processing, and the processor's
   * messages come in the build after the author fixed javac's error.
   */
  static final String PROCESS_PAST_ERRORS = "--should-stop=ifError=PROCESS";

  static Compilation javacPastErrors(JavaFileObject source) {
    return Compiler.javac()
        .withProcessors(new CvProcessor())
        .withOptions(PROCESS_PAST_ERRORS)
        .compile(source);
  }

  /** A CV whose only job is written {@code job}. */
  private static JavaFileObject cvWithJob(String job) {
    return source(
        "TestCv",
        """
        @Cv(name = "Kura")
        interface TestCv {
          @Section("Experience")
          interface Experience {
            %s
            interface Bbc {}
          }
        }
        """
            .formatted(job));
  }

  @Test
  void dayThatDoesNotExistSaysHowManyDaysTheMonthHas() {
    JavaFileObject source =
        cvWithJob(
            """
            @Job(organisation = "BBC", position = "Engineer", start = "2014-01-06",
                     end = "2014-02-30")""");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:date] end \"2014-02-30\" is not a date: February 2014 has 28 days",
        "\"2014-02-30\"");
  }

  @Test
  void monthThatDoesNotExist() {
    JavaFileObject source =
        cvWithJob("@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019-13\")");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:date] start \"2019-13\" is not a date: there is no month 13, write a month from"
            + " 01 to 12",
        "\"2019-13\"");
  }

  @ParameterizedTest
  @CsvSource({"Present", "PRESENT", "' present'"})
  void presentInAnotherCaseSaysToWriteItInLowerCase(String present) {
    JavaFileObject source =
        cvWithJob(
            "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\","
                + " end = \""
                + present
                + "\")");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:date] end \""
            + present
            + "\" is not a date: write present in lower case, end = \"present\"",
        "\"" + present + "\"");
  }

  /** The literal the advice of {@code message} tells the author to type. */
  private static String advisedLiteral(String message) {
    Matcher advice = Pattern.compile("write (\\S+) for a literal").matcher(message);
    assertTrue(advice.find(), message);
    return advice.group(1);
  }

  /**
   * Each markup mistake is told to write the character with a backslash as Java source spells it;
   * typed in as advised, in a string and in a text block, the summary compiles to the character.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a list] of things  | ]  | \"]\" at \"] of things\" closes no link: write \\\\] for a"
            + " literal",
        "5 * 3 servers      | *  | \"*\" at \"* 3 servers\" is followed by a space",
        "**unclosed         | ** | \"**\" at \"**unclosed\" is never closed",
        "uses `async def    | `  | \"`\" at \"`async def\" is never closed",
        "see [RFC 2616 now  | [  | \"[\" at \"[RFC 2616 now\" is never closed",
      })
  void markupAdviceIsWhatToTypeInJavaSource(String summary, String character, String message) {
    JavaFileObject source =
        cvWithJob(
            "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\",\n"
                + "         summary = \""
                + summary
                + "\")");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:markup] summary has bad inline markup: " + message,
        "\"" + summary + "\"");
    String advised = advisedLiteral(compilation.errors().get(0).getMessage(Locale.ROOT));
    assertTrue(advised.startsWith("\\\\"), advised);

    String fixed = summary.replace(character, advised);
    String asString = "summary = \"" + fixed + "\"";
    String asTextBlock = "summary = \"\"\"\n    " + fixed + "\"\"\"";
    for (String written : List.of(asString, asTextBlock)) {
      Compilation advisedCompilation =
          javac(
              cvWithJob(
                  "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\", "
                      + written
                      + ")"));
      assertThat(advisedCompilation).succeededWithoutWarnings();
      Job job =
          (Job) model(advisedCompilation, "test.TestCvModel").sections().get(0).entries().get(0);
      assertEquals(summary, job.summary().get(0).plainText(), written);
    }
  }

  /**
   * A blank required value is told what it holds, with a neutral example; the example, typed in,
   * compiles.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Job(organisation = \"\", position = \"Engineer\", start = \"2019\")"
            + "| organisation | the employer's name | Example Ltd",
        "@Job(organisation = \"BBC\", position = \"\", start = \"2019\")"
            + "| position | the job title | Software Engineer",
        "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"\")"
            + "| start | the date it began | 2019-08",
        "@Volunteer(organisation = \"\", position = \"Mentor\", start = \"2019\")"
            + "| organisation | the organisation's name | Example Club",
        "@Volunteer(organisation = \"Code Club\", position = \"\", start = \"2019\")"
            + "| position | the role | Mentor",
        "@Education(institution = \"\") | institution | the school's name | Example University",
        "@Award(title = \"\") | title | the award's title | Example Award",
        "@Certificate(name = \"\") | name | the certificate's name | Example Certificate",
        "@Publication(name = \"\") | name | the title | Example Article",
        "@Skill(name = \"\") | name | the skill | Example Skill",
        "@Language(language = \"\") | language | the language | English",
        "@Interest(name = \"\") | name | the interest | Example Interest",
        "@Reference(name = \"\", reference = \"Good.\") | name | the referee's name | Alex Example",
        "@Reference(name = \"Jo\", reference = \"\")"
            + "| reference | what the referee says | An example reference.",
        "@Project(name = \"\") | name | the project's name | Example Project",
        "@Item(title = \"\") | title | the title | Example Title",
        "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\") @Highlight(\"\")"
            + "| value | the bullet's text | An example bullet.",
      })
  void blankRequiredValueGetsANeutralExampleThatCompiles(
      String entry, String element, String what, String example) {
    JavaFileObject source = cvWithJob(entry);
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    String blank = element.equals("value") ? "@Highlight(\"\")" : element + " = \"\"";
    String marker = element.equals("value") ? "\"\")" : "\"\"";
    Spot at = spot(source, blank);
    long column = at.column() + blank.indexOf(marker);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:blank] "
                + element
                + " is blank: write "
                + what
                + ", e.g. "
                + element
                + " = \""
                + example
                + "\"")
        .inFile(source)
        .onLine(at.line())
        .atColumn(column);

    String advised =
        element.equals("value")
            ? "@Highlight(\"" + example + "\")"
            : element + " = \"" + example + "\"";
    assertThat(javac(cvWithJob(entry.replace(blank, advised)))).succeeded();
  }

  @Test
  void messagesOfAFileComeInSourceOrder() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura",
                website = "#")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer",
                     start = "2019-13")
                @Highlight("**unclosed")
                interface Bbc {}

                @Job(organisation = "Tangent", position = "Engineer", start = "2014",
                     end = "2009")
                interface Tangent {}

                interface Notes {}
              }

              @Section("Projects")
              interface Projects {}
            }

            @Job(organisation = "Nowhere", position = "Engineer", start = "2001")
            interface Stray {}
            """);
    Compilation compilation = javac(source);
    List<Diagnostic<? extends JavaFileObject>> messages =
        compilation.diagnostics().stream()
            .filter(d -> d.getMessage(Locale.ROOT).startsWith("[cvdsl:"))
            .toList();
    assertEquals(
        List.of(
            "[cvdsl:url] website",
            "[cvdsl:date] start",
            "[cvdsl:markup] value",
            "[cvdsl:date-order] end",
            "[cvdsl:ignored] Notes",
            "[cvdsl:empty-section] section",
            "[cvdsl:placement] @Job"),
        messages.stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .map(m -> m.substring(0, m.indexOf(' ', m.indexOf(' ') + 1)))
            .toList());
    List<Long> lines = messages.stream().map(Diagnostic::getLineNumber).toList();
    assertEquals(lines.stream().sorted().toList(), lines);
    assertErrorAt(compilation, source, "[cvdsl:url] website", "\"#\"");
    assertErrorAt(compilation, source, "[cvdsl:date-order]", "\"2009\"");
    assertFalse(lines.contains(Diagnostic.NOPOS));
  }

  /** The processor's messages, by kind: javac's own are not among them. */
  private static List<String> cvdslMessages(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(message -> message.startsWith("[cvdsl:"))
        .toList();
  }

  @Test
  void javacsErrorInOneEntryLeavesTheOthersChecked() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(position = "Engineer", start = "2019")
                interface Bbc {}

                @Job(organisation = "Tangent", position = "Engineer",
                     start = "2014-02-30")
                interface Tangent {}
              }

              @Section("Projects")
              interface Projects {
                @Project(name = "MAP", start = 2012)
                interface Map {}

                @Project(name = "Pelican", url = "#")
                interface Pelican {}
              }
            }
            """);
    assertThat(javac(source)).hadErrorCount(2);
    Compilation compilation = javacPastErrors(source);
    assertThat(compilation).hadErrorCount(4);
    assertErrorAt(compilation, source, "organisation", "@Job(position");
    assertErrorAt(compilation, source, "incompatible types", "2012)");
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:date] start \"2014-02-30\" is not a date: February 2014 has 28 days",
        "\"2014-02-30\"");
    assertErrorAt(compilation, source, "[cvdsl:url] url \"#\"", "\"#\"");
  }

  @Test
  void javacsErrorOnTheCvLeavesItsEntriesChecked() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(label = "Engineer")
            interface TestCv {
              @Section(value = "Experience", summary = "**unclosed")
              interface Experience {
                @Job(organisation = "Tangent", position = "Engineer", start = "2014",
                     end = "Present")
                interface Tangent {}
              }
            }
            """);
    Compilation compilation = javacPastErrors(source);
    assertThat(compilation).hadErrorCount(3);
    assertErrorAt(compilation, source, "name", "@Cv(label");
    assertErrorAt(compilation, source, "[cvdsl:markup] summary", "\"**unclosed\"");
    assertErrorAt(compilation, source, "[cvdsl:date] end \"Present\"", "\"Present\"");
  }

  @Test
  void misspeltElementGetsJavacsErrorAndAHintButNoNoise() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Projects")
              interface Projects {
                @Project(name = "MAP", startDate = "2012", end = "2014")
                interface Map {}

                @Project(name = "Pelican", start = "2019", end = "2009")
                interface Pelican {}
              }
            }
            """);
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(2);
    assertErrorAt(compilation, source, "cannot find symbol", "startDate");
    assertErrorAt(compilation, source, "[cvdsl:date-order] end \"2009\"", "\"2009\"");
    Spot startDate = spot(source, "startDate");
    assertThat(compilation)
        .hadNoteContaining(
            "[cvdsl:unknown-element] @Project has no element startDate: did you mean" + " start?")
        .inFile(source)
        .onLine(startDate.line())
        .atColumn(startDate.column());
    assertEquals(List.of(), cvdslMessages(compilation, Diagnostic.Kind.WARNING));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Job(organisation = \"BBC\", position = \"Engineer\", startDate = \"2019\")"
            + "| Job | startDate | start",
        "@Job(company = \"BBC\", position = \"Engineer\", start = \"2019\")"
            + "| Job | company | organisation",
        "@Job(organisation = \"BBC\", postion = \"Engineer\", start = \"2019\")"
            + "| Job | postion | position",
        "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\")"
            + " @Highlight(value = \"Mentoring.\", detail = \"Weekly.\")"
            + "| Highlight | detail | details",
        "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\")"
            + " @Highlights(titel = \"Leadership\", value = @Highlight(\"Mentoring.\"))"
            + "| Highlights | titel | title",
        "@Education(institution = \"Bristol\", studytype = \"BSc\") | Education | studytype"
            + " | studyType",
      })
  void hintNamesTheElementMeant(String entry, String annotation, String written, String meant) {
    JavaFileObject source = cvWithJob(entry);
    // A required element misspelt is also missing: javac stops before processing without the
    // option.
    Compilation compilation = javacPastErrors(source);
    assertThat(compilation).failed();
    assertEquals(List.of(), cvdslMessages(compilation, Diagnostic.Kind.ERROR));
    Spot at = spot(source, written + " =");
    assertThat(compilation)
        .hadNoteContaining(
            "[cvdsl:unknown-element] @"
                + annotation
                + " has no element "
                + written
                + ": did you mean "
                + meant
                + "?")
        .inFile(source)
        .onLine(at.line())
        .atColumn(at.column());
  }

  @Test
  void nameLikeNoElementGetsNoHint() {
    JavaFileObject source =
        cvWithJob("@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\", x = 1)");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(compilation, source, "cannot find symbol", "x = 1");
    assertEquals(List.of(), cvdslMessages(compilation, Diagnostic.Kind.NOTE));
  }

  /** " (on line n, column m)", where {@code marker} begins. */
  private static String onLineAndColumn(JavaFileObject source, String marker) {
    Spot spot = spot(source, marker);
    return " (on line " + spot.line() + ", column " + spot.column() + ")";
  }

  /**
   * javac joins string literals into one tree and places a message on a tree, never within one: a
   * problem in a later piece is reported at the value, and its message says the line and column.
   */
  @Test
  void markupInAPieceJoinedByPlusSaysItsLineAndColumn() {
    JavaFileObject source =
        cvWithJob(
            """
            @Job(organisation = "BBC", position = "Engineer", start = "2019",
                     summary = "Built the **feedback loop** system, "
                         + "which balances traffic between sites, " // and more
                         + "and \\"tiering\\", *cache tiering, " + "an extension of sharding.")""");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:markup] summary has bad inline markup: \"*\" at \"*cache tiering, an e…\" is"
            + " never closed: close it, e.g. \"*emphasis*\", or write \\\\* for a literal"
            + " asterisk"
            + onLineAndColumn(source, "*cache tiering"),
        "\"Built the");
  }

  @Test
  void markupInAnItemJoinedByPlusInARepeatedHighlight() {
    JavaFileObject source =
        cvWithJob(
            """
            @Job(organisation = "BBC", position = "Engineer", start = "2019")
                @Highlight("Mentoring.")
                @Highlight(value = "Took on operational work, including:",
                           details = {"Became someone others ask",
                                      "Trained as a First Aider, "
                                          + "then as a *fire warden"})""");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:markup] details has bad inline markup: \"*\" at \"*fire warden\" is never"
            + " closed: close it, e.g. \"*emphasis*\", or write \\\\* for a literal asterisk"
            + onLineAndColumn(source, "*fire warden"),
        "\"Trained as");
  }

  @Test
  void markupInATextBlockSaysItsLineAndColumn() {
    JavaFileObject source =
        cvWithJob(
            """
            @Job(organisation = "BBC", position = "Engineer", start = "2019",
                     summary = \"""
                         Built the feedback loop system.

                         Then *cache tiering,
                           an extension of sharding.
                         \""")""");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:markup] summary has bad inline markup: \"*\" at \"*cache tiering, an e…\" is"
            + " never closed: close it, e.g. \"*emphasis*\", or write \\\\* for a literal"
            + " asterisk"
            + onLineAndColumn(source, "*cache tiering"),
        "\"\"\"\n");
  }

  @Test
  void markupInAPlainStringNeedsNoLineInItsMessage() {
    JavaFileObject source =
        cvWithJob(
            "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\",\n"
                + "         summary = \"one \\\\u0041 *two\")");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertTrue(
        compilation.errors().get(0).getMessage(Locale.ROOT).endsWith("for a literal asterisk"),
        () -> compilation.errors().get(0).getMessage(Locale.ROOT));
    assertErrorAt(compilation, source, "[cvdsl:markup] summary", "\"one");
  }
}
