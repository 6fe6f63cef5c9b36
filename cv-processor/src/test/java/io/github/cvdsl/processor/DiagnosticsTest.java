package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic: its message, the file and the line of the mistake. */
class DiagnosticsTest {

  /** A CV whose only job carries {@code jobAttributes}; everything else is valid. */
  private static JavaFileObject cvWithJob(String jobAttributes) {
    return source(
        "TestCv",
        """
        @Cv(name = "Kura")
        interface TestCv {
          @Section("Experience")
          interface Experience {
            @Job(organisation = "BBC", position = "Engineer",
                 %s)
            interface Bbc {}
          }
        }
        """
            .formatted(jobAttributes));
  }

  /** A CV with {@code cvAttributes} on {@code @Cv} and one valid job. */
  private static JavaFileObject cvWith(String cvAttributes) {
    return source(
        "TestCv",
        """
        @Cv(name = "Kura",
            %s)
        interface TestCv {
          @Section("Experience")
          interface Experience {
            @Job(organisation = "BBC", position = "Engineer", start = "2019-08")
            interface Bbc {}
          }
        }
        """
            .formatted(cvAttributes));
  }

  private static void assertSingleError(JavaFileObject source, String message, String line) {
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  private static void assertSingleWarning(JavaFileObject source, String message, String line) {
    Compilation compilation = javac(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void dateThatIsNoDate() {
    assertSingleError(
        cvWithJob("start = \"2019/08\""),
        "[cvdsl:date] start \"2019/08\" is not a date: write yyyy, yyyy-MM or yyyy-MM-dd,"
            + " e.g. \"2019-08\"",
        "start = \"2019/08\"");
  }

  @Test
  void dayThatDoesNotExist() {
    assertSingleError(
        cvWithJob("start = \"2019-01\", end = \"2019-02-30\""),
        "[cvdsl:date] end \"2019-02-30\" is not a date: February 2019 has 28 days",
        "end = \"2019-02-30\"");
  }

  @Test
  void dateWrittenInWords() {
    assertSingleError(
        cvWithJob("start = \"Aug 2019\""),
        "[cvdsl:date] start \"Aug 2019\" is not a date",
        "start = \"Aug 2019\"");
  }

  @Test
  void endBeforeStart() {
    assertSingleError(
        cvWithJob("start = \"2019-08\", end = \"2014-05\""),
        "[cvdsl:date-order] end \"2014-05\" is before start \"2019-08\"",
        "end = \"2014-05\"");
  }

  @Test
  void endInTheSameYearAsAMonthIsNotBeforeIt() {
    assertThat(javac(cvWithJob("start = \"2019-08\", end = \"2019\""))).succeededWithoutWarnings();
  }

  @Test
  void presentAsStart() {
    assertSingleError(
        cvWithJob("start = \"present\""),
        "[cvdsl:date] start cannot be \"present\"",
        "start = \"present\"");
  }

  @Test
  void endWithoutStart() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Projects")
              interface Projects {
                @Project(name = "MAP",
                         end = "2014")
                interface Map {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:open-start] end \"2014\" has no start: add start = \"yyyy-MM\", or remove end",
        "end = \"2014\"");
  }

  @Test
  void blankRequiredText() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "  ",
                     position = "Engineer", start = "2019")
                interface Bbc {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:blank] organisation is blank: write the employer's name,"
            + " e.g. organisation = \"Example Ltd\"",
        "organisation = \"  \"");
  }

  @Test
  void blankOptionalText() {
    assertSingleError(
        cvWithJob("start = \"2019\", location = \" \""),
        "[cvdsl:blank] location is blank: write the text, or leave location out",
        "location = \" \"");
  }

  @Test
  void blankItemOfAList() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Skills")
              interface Skills {
                @Skill(name = "Linux", keywords = {"Debian",
                                                   ""})
                interface Linux {}
              }
            }
            """);
    assertSingleError(source, "[cvdsl:blank] an item of keywords is blank", "\"\"})");
  }

  @Test
  void relativeUrl() {
    assertSingleError(
        cvWith("website = \"#\""),
        "[cvdsl:url] website \"#\" is not an absolute URL: write it with its scheme and host,"
            + " e.g. \"https://example.org\"",
        "website = \"#\"");
  }

  @Test
  void javascriptUrl() {
    assertSingleError(
        cvWithJob("start = \"2019\", url = \"javascript:alert(1)\""),
        "[cvdsl:url] url \"javascript:alert(1)\" uses the scheme \"javascript\": write an http,"
            + " https, mailto or tel URL",
        "url = \"javascript:alert(1)\"");
  }

  @Test
  void urlWithASpace() {
    assertSingleError(
        cvWith("website = \"https://kura .gg\""),
        "[cvdsl:url] website \"https://kura .gg\" is not a URL (Illegal character in authority)",
        "website = \"https://kura .gg\"");
  }

  @Test
  void urlWithoutHost() {
    assertSingleError(
        cvWith("website = \"https:/kura.gg\""),
        "[cvdsl:url] website \"https:/kura.gg\" has no host",
        "website = \"https:/kura.gg\"");
  }

  @Test
  void profileUrl() {
    assertSingleError(
        cvWith("profiles = @Profile(network = \"GitHub\", url = \"ftp://github.com/kura\")"),
        "[cvdsl:url] url \"ftp://github.com/kura\" uses the scheme \"ftp\"",
        "url = \"ftp://github.com/kura\"");
  }

  @Test
  void email() {
    assertSingleError(
        cvWith("email = \"kura@\""),
        "[cvdsl:email] email \"kura@\" is not an e-mail address: write name@domain,"
            + " e.g. \"kura@example.org\"",
        "email = \"kura@\"");
  }

  @Test
  void mailtoWithABadAddress() {
    assertSingleError(
        cvWith("website = \"mailto:kura\""),
        "[cvdsl:email] website \"mailto:kura\" is not an e-mail address",
        "website = \"mailto:kura\"");
  }

  @Test
  void language() {
    assertSingleError(
        cvWith("language = \"en_GB\""),
        "[cvdsl:language] language \"en_GB\" is not a BCP 47 language tag: write e.g. \"en\" or"
            + " \"en-GB\"",
        "language = \"en_GB\"");
  }

  @Test
  void languageWithoutTablesIsAWarningNamingTheBuiltInLanguages() {
    assertSingleWarning(
        cvWith("language = \"sw-KE\""),
        "[cvdsl:language] language \"sw-KE\" has no built-in dates and words, so the CV gets"
            + " English ones: write one of ar, cs, da, de, el, en, es, fa, fi, fr, he, hi, hu, id,"
            + " it, ja, ko, nb, nl, pl, pt, ro, ru, sv, tr, uk, vi, zh, or set its words with words"
            + " = @Word(key = ..., value = ...)",
        "language = \"sw-KE\"");
  }

  @Test
  void languageWithoutTablesCanBeSilenced() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @SuppressWarnings("cvdsl:language")
            @Cv(name = "Kura", language = "sw")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019-08")
                interface Bbc {}
              }
            }
            """);
    assertThat(javac(source)).succeededWithoutWarnings();
  }

  @Test
  void builtInLanguagesAndTheirRegionsAreNoWarning() {
    for (String language : List.of("fr", "de-AT", "ja", "ar-EG", "pt-BR", "zh-TW", "no")) {
      assertThat(javac(cvWith("language = \"" + language + "\""))).succeededWithoutWarnings();
    }
  }

  @Test
  void wordWithAnUnknownKey() {
    JavaFileObject source =
        cvWith(
            """
            language = "de",
                words = {@Word(key = "present", value = "jetzt"),
                         @Word(key = "presnt", value = "heute")}""");
    assertSingleError(
        source,
        "[cvdsl:word] @Word key \"presnt\" is not a fixed word: write one of attribution,"
            + " awardedBy, bylineSeparator, circa, courses, cv, dash, issuedBy, keywords,"
            + " labelSeparator, listSeparator, present, publishedBy, rangeSeparator, score,"
            + " separator",
        "@Word(key = \"presnt\"");
  }

  @Test
  void wordSetTwice() {
    assertSingleError(
        cvWith(
            """
            words = {@Word(key = "present", value = "now"),
                         @Word(key = "present", value = "today")}"""),
        "[cvdsl:word] words sets \"present\" more than once: keep one",
        "@Word(key = \"present\", value = \"today\")");
  }

  @Test
  void countryCode() {
    assertSingleError(
        cvWith("location = @Location(city = \"Bristol\", countryCode = \"UK\")"),
        "[cvdsl:country] countryCode \"UK\" is not an ISO 3166-1 alpha-2 country code",
        "countryCode = \"UK\"");
  }

  @Test
  void unclosedStrong() {
    assertSingleError(
        cvWithJob("start = \"2019\", summary = \"**Feedback loop system – built it.\""),
        "[cvdsl:markup] summary has bad inline markup: \"**\" at \"**Feedback loop syst…\" is never"
            + " closed: close it, e.g. \"**bold**\", or write \\\\*\\\\* for a literal asterisk",
        "summary = \"**Feedback");
  }

  @Test
  void unclosedEmphasis() {
    assertSingleError(
        cvWithJob("start = \"2019\", summary = \"5 * 3 servers\""),
        "[cvdsl:markup] summary has bad inline markup: \"*\" at \"* 3 servers\" is followed by a"
            + " space",
        "summary = \"5 * 3 servers\"");
  }

  @Test
  void unclosedCode() {
    assertSingleError(
        cvWithJob("start = \"2019\", summary = \"uses `async def\""),
        "[cvdsl:markup] summary has bad inline markup: \"`\" at \"`async def\" is never closed",
        "summary = \"uses `async def\"");
  }

  @Test
  void bracketThatClosesNoLink() {
    assertSingleError(
        cvWithJob("start = \"2019\", summary = \"a list] of things\""),
        "[cvdsl:markup] summary has bad inline markup: \"]\" at \"] of things\" closes no link:"
            + " write \\\\] for a literal bracket",
        "summary = \"a list] of things\"");
  }

  @Test
  void linkWithoutUrl() {
    assertSingleError(
        cvWithJob("start = \"2019\", summary = \"many [plugins and themes] for it\""),
        "[cvdsl:markup] summary has bad inline markup: \"[\" at \"[plugins and themes]…\""
            + " starts a link without a URL",
        "[plugins and themes] for it");
  }

  @Test
  void linkWithAPlaceholderUrl() {
    assertSingleError(
        cvWithJob("start = \"2019\", summary = \"many [plugins and themes](#) for it\""),
        "[cvdsl:markup] summary has bad inline markup: the link's URL \"#\" is not an absolute"
            + " URL",
        "[plugins and themes](#)");
  }

  @Test
  void linkWithAJavascriptUrl() {
    assertSingleError(
        cvWithJob("start = \"2019\", summary = \"[click](javascript:alert(1))\""),
        "[cvdsl:markup] summary has bad inline markup: the link's URL \"javascript:alert(1)\""
            + " uses the scheme \"javascript\"",
        "[click](javascript:alert(1))");
  }

  @Test
  void markupInABulletOfRepeatedHighlights() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                @Highlight("Mentoring members of my own team.")
                @Highlight("**Cache tiering – an extension of sharding.")
                interface Bbc {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:markup] value has bad inline markup: \"**\" at \"**Cache tiering",
        "@Highlight(\"**Cache tiering");
  }

  @Test
  void markupInANestedDetail() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                @Highlights(title = "Leadership", value = {
                    @Highlight(value = "Took on operational work, including:",
                               details = {"Became someone others ask about BIDI",
                                          "Trained as a *First Aider"})})
                interface Bbc {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:markup] details has bad inline markup: \"*\" at \"*First Aider\" is never closed",
        "\"Trained as a *First Aider\"");
  }

  @Test
  void emptyHighlightGroup() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                @Highlights(title = "Features", value = {})
                interface Bbc {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:empty-group] @Highlights has no bullets: add @Highlight values, or remove it",
        "@Highlights(title = \"Features\"");
  }

  @Test
  void emptySection() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}
              }

              @Section("Projects")
              interface Projects {}
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:empty-section] section \"Projects\" is empty: nest an entry type",
        "@Section(\"Projects\")");
  }

  @Test
  void cvWithoutSections() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {}
            """);
    assertSingleError(
        source, "[cvdsl:empty-cv] @Cv TestCv has no sections", "@Cv(name = \"Kura\")");
  }

  @Test
  void entryOutsideASection() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}
              }

              @Project(name = "Pelican")
              interface Pelican {}
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:placement] @Project on Pelican has no meaning here: an entry must be a type"
            + " nested directly in a @Section type",
        "@Project(name = \"Pelican\")");
  }

  @Test
  void entryOutsideACv() {
    JavaFileObject source =
        source(
            "Pelican",
            """
            @Project(name = "Pelican")
            interface Pelican {}
            """);
    assertSingleError(
        source, "[cvdsl:placement] @Project on Pelican has no meaning here", "@Project(");
  }

  @Test
  void entryWithTwoKinds() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                @Project(name = "BIDI")
                interface Bbc {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:placement] Bbc has both @Job and @Project: an entry has exactly one kind",
        "@Project(name = \"BIDI\")");
  }

  @Test
  void sectionInsideAnEntry() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {
                  @Section("Projects")
                  interface Projects {}
                }
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:placement] @Section on Projects is not part of a CV",
        "@Section(\"Projects\")");
  }

  @Test
  void sectionThatNoCvLists() {
    JavaFileObject cv =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}
              }
            }
            """);
    JavaFileObject projects =
        source(
            "Projects",
            """
            @Section("Projects")
            interface Projects {
              @Project(name = "Pelican")
              interface Pelican {}
            }
            """);
    Compilation compilation = javac(cv, projects);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:placement] @Section on Projects is not part of a CV: nest it in the @Cv"
                + " type, or list it in @Cv(sections = ...)")
        .inFile(projects)
        .onLineContaining("@Section(\"Projects\")");
  }

  @Test
  void highlightOnATypeThatIsNoEntry() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}

                @Highlight("Mentoring.")
                interface Notes {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:placement] @Highlight on Notes has no meaning here: put bullets on an entry type",
        "@Highlight(\"Mentoring.\")");
  }

  @Test
  void cvInsideACv() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}
              }

              @Cv(name = "Other")
              interface Other {
                @Section("Experience")
                interface Experience {
                  @Job(organisation = "BBC", position = "Engineer", start = "2019")
                  interface Bbc {}
                }
              }
            }
            """);
    Compilation compilation = javac(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:placement] @Cv on Other has no meaning here: a CV must not be nested in"
                + " another CV, nor carry @Cv")
        .inFile(source)
        .onLineContaining("@Cv(name = \"Other\")");
  }

  @Test
  void sectionListedThatIsNoSection() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura", sections = {TestCv.Experience.class,
                                           String.class})
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:placement] sections lists java.lang.String, which is not annotated @Section",
        "String.class})");
  }

  @Test
  void sectionListedTwice() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura", sections = {TestCv.Experience.class,
                                           TestCv.Experience.class})
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:placement] sections lists test.TestCv.Experience more than once",
        "TestCv.Experience.class})");
  }

  @Test
  void nestedSectionMissingFromTheList() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura", sections = TestCv.Experience.class)
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}
              }

              @Section("Projects")
              interface Projects {
                @Project(name = "Pelican")
                interface Pelican {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:placement] section Projects is nested in TestCv but not listed in"
            + " @Cv(sections = ...)",
        "@Section(\"Projects\")");
  }

  @Test
  void sectionThatDoesNotExist() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura", sections = Missing.class)
            interface TestCv {}
            """);
    Compilation compilation = javac(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:unresolved] @Cv(sections = ...) refers to a type that does not exist, so"
                + " TestCvModel was not generated")
        .inFile(source)
        .onLineContaining("@Cv(name = \"Kura\"");
    long reports =
        compilation.errors().stream()
            .filter(error -> error.getMessage(null).contains("[cvdsl:unresolved]"))
            .count();
    org.junit.jupiter.api.Assertions.assertEquals(1, reports, "reported once");
  }

  @Test
  void typeInASectionWithoutAnEntryAnnotationIsAWarning() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                interface Bbc {}

                interface Tangent {}
              }
            }
            """);
    assertSingleWarning(
        source,
        "[cvdsl:ignored] Tangent is nested in section \"Experience\" but has no entry annotation",
        "interface Tangent {}");
  }

  @Test
  void duplicateEntryIsAWarning() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Projects")
              interface Projects {
                @Project(name = "Pelican", roles = "Contributor")
                interface Pelican {}

                @Project(name = "Pelican", roles = "Developer")
                interface PelicanAgain {}
              }
            }
            """);
    assertSingleWarning(
        source,
        "[cvdsl:duplicate] PelicanAgain repeats Pelican: remove one, or add"
            + " @SuppressWarnings(\"cvdsl:duplicate\") if both belong",
        "@Project(name = \"Pelican\", roles = \"Developer\")");
  }

  @Test
  void overlappingJobsAreAWarning() {
    JavaFileObject source =
        source(
            "TestCv",
            """
@Cv(name = "Kura")
interface TestCv {
  @Section("Experience")
  interface Experience {
    @Job(organisation = "BBC", position = "Engineer", start = "2019-08", end = "present")
    interface Bbc {}

    @Job(organisation = "DreamHost", position = "Architect", start = "2021-01",
         end = "2021-06")
    interface DreamHost {}

    @Job(organisation = "Tangent", position = "Engineer", start = "2009-08",
         end = "2019-08")
    interface Tangent {}
  }
}
""");
    assertSingleWarning(
        source,
        "[cvdsl:overlap] DreamHost (2021-01 to 2021-06) overlaps Bbc (2019-08 to present)",
        "@Job(organisation = \"DreamHost\"");
  }

  @Test
  void suppressWarningsSilencesAWarningByItsKey() {
    JavaFileObject source =
        source(
            "TestCv",
            """
@Cv(name = "Kura")
interface TestCv {
  @Section("Experience")
  interface Experience {
    @Job(organisation = "BBC", position = "Engineer", start = "2019-08", end = "present")
    interface Bbc {}

    @SuppressWarnings("cvdsl:overlap")
    @Job(organisation = "DreamHost", position = "Architect", start = "2021-01",
         end = "2021-06")
    interface DreamHost {}

    @SuppressWarnings("cvdsl:duplicate")
    interface Ignored {}
  }
}
""");
    Compilation compilation = javac(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[cvdsl:ignored] Ignored");
  }

  @Test
  void everyMistakeOfACvIsReportedInOneCompilation() {
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
              }

              @Section("Projects")
              interface Projects {}
            }
            """);
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(5);
    assertThat(compilation)
        .hadErrorContaining("[cvdsl:url] website")
        .inFile(source)
        .onLineContaining("website = \"#\"");
    assertThat(compilation)
        .hadErrorContaining("[cvdsl:date] start \"2019-13\"")
        .inFile(source)
        .onLineContaining("start = \"2019-13\"");
    assertThat(compilation)
        .hadErrorContaining("[cvdsl:markup]")
        .inFile(source)
        .onLineContaining("@Highlight(\"**unclosed\")");
    assertThat(compilation)
        .hadErrorContaining("[cvdsl:date-order]")
        .inFile(source)
        .onLineContaining("end = \"2009\"");
    assertThat(compilation)
        .hadErrorContaining("[cvdsl:empty-section]")
        .inFile(source)
        .onLineContaining("@Section(\"Projects\")");
  }

  @Test
  void missingRequiredElementIsJavacsOwnErrorWithoutNoise() {
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
              }
            }
            """);
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("organisation")
        .inFile(source)
        .onLineContaining("@Job(position");
  }

  @Test
  void markupInARepeatedGroup() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                @Highlights(title = "Leadership", value = @Highlight("Mentoring."))
                @Highlights(title = "Features", value = {
                    @Highlight("**Feedback loop** – balances traffic."),
                    @Highlight(value = "**Cache tiering – extends sharding.",
                               details = "Origin retrying.")})
                interface Bbc {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:markup] value has bad inline markup: \"**\" at \"**Cache tiering",
        "@Highlight(value = \"**Cache tiering");
  }

  @Test
  void emptyRepeatedGroup() {
    JavaFileObject source =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Experience")
              interface Experience {
                @Job(organisation = "BBC", position = "Engineer", start = "2019")
                @Highlights(title = "Leadership", value = @Highlight("Mentoring."))
                @Highlights(title = "Features",
                            value = {})
                interface Bbc {}
              }
            }
            """);
    assertSingleError(
        source,
        "[cvdsl:empty-group] @Highlights has no bullets",
        "@Highlights(title = \"Features\"");
  }

  @Test
  void modelClassNameAlreadyTaken() {
    JavaFileObject cv =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Projects")
              interface Projects {
                @Project(name = "Pelican")
                interface Pelican {}
              }
            }
            """);
    JavaFileObject taken = source("TestCvModel", "class TestCvModel {}\n");
    Compilation compilation = javac(cv, taken);
    assertThat(compilation)
        .hadErrorContaining("[cvdsl:generate] could not write test.TestCvModel")
        .inFile(cv)
        .onLineContaining("interface TestCv");
  }
}
