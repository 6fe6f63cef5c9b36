package io.github.cvdsl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.internal.ModelCodec;
import io.github.cvdsl.model.internal.ModelFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ModelCodecTest {
  /** Text that looks like the format's own numbers, tags and separators. */
  private static final String TRICKY = "12:3,+-~=\n\t\"\\ 😀 e\u0301 שלום \u0000";

  private static final String HEADER = ModelFormat.id(ModelFormat.describe(Cv.class)) + ";";

  private static Text text(String plain) {
    return Text.plain(plain);
  }

  private static List<HighlightGroup> groups() {
    return List.of(
        new HighlightGroup(
            Optional.of(text("Title " + TRICKY)),
            List.of(
                new Highlight(text("one"), List.of(text("detail"), text(""))),
                new Highlight(text("two"), List.of()))),
        new HighlightGroup(Optional.empty(), List.of(new Highlight(text("three"), List.of()))));
  }

  private static final Url URL = new Url("https://example.org/a,b:c");
  private static final CvDate YEAR = new CvDate.OfYear(2004, true);
  private static final CvDate MONTH = new CvDate.OfMonth(YearMonth.of(2019, 8), false);
  private static final CvDate DAY = new CvDate.OfDay(LocalDate.of(2022, 3, 15), true);

  /**
   * A CV with every kind of entry, span, date and date span, optional values both present and
   * absent.
   */
  static Cv everyKind() {
    Text rich =
        new Text(
            List.of(
                new Span.Plain("plain " + TRICKY),
                new Span.Strong(
                    List.of(
                        new Span.Plain("strong"),
                        new Span.Emphasis(List.of(new Span.Plain("both"))))),
                new Span.Emphasis(List.of(new Span.Plain("em"))),
                new Span.Code("code 1:2,"),
                new Span.Link(List.of(new Span.Code("x"), new Span.Plain(" label")), URL)));
    List<Entry> entries =
        List.of(
            new Job(
                "BBC",
                "Engineer",
                new Dates.Ongoing(MONTH),
                Optional.of("London"),
                Optional.of(URL),
                Optional.of("Broadcaster"),
                List.of(rich),
                groups()),
            new Job(
                "Other",
                "Dev",
                new Dates.None(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of()),
            new Volunteer(
                "Club",
                "Mentor",
                new Dates.Range(YEAR, DAY),
                Optional.of(URL),
                List.of(rich),
                groups()),
            new Education(
                "Uni",
                Optional.of("CS"),
                Optional.of("BSc"),
                new Dates.Single(YEAR),
                Optional.of("First"),
                List.of("Compilers", ""),
                Optional.of(URL),
                List.of(rich),
                groups()),
            new Award("Award", Optional.of(MONTH), Optional.of("BBC"), List.of(rich), groups()),
            new Certificate(
                "CKA", Optional.of(DAY), Optional.of("CNCF"), Optional.of(URL), groups()),
            new Publication(
                "Paper",
                Optional.of("Blog"),
                Optional.of(YEAR),
                Optional.of(URL),
                List.of(rich),
                groups()),
            new Skill(
                "Linux", Optional.of("Master"), List.of("Debian", "RHEL"), List.of(rich), groups()),
            new Language("English", Optional.of("Native"), groups()),
            new Interest("Video", List.of("encoding"), groups()),
            new Reference("Jane", List.of(rich), groups()),
            new Project(
                "MAP",
                List.of("Architect", "Lead"),
                Optional.of("Tangent"),
                Optional.of("platform"),
                new Dates.Range(MONTH, new CvDate.OfYear(-1, false)),
                Optional.of(URL),
                List.of(rich),
                List.of("Python"),
                groups()),
            new Item(
                "Talk",
                Optional.of("PyCon"),
                new Dates.Single(DAY),
                Optional.of(URL),
                List.of(rich),
                groups()));
    return new Cv(
        "Kura " + TRICKY,
        Optional.of("Engineer"),
        Optional.of("kura@example.org"),
        Optional.of("+44 117 496 0000"),
        Optional.of(URL),
        Optional.of(
            new Location(
                Optional.of("1 Road"),
                Optional.of("BS1"),
                Optional.of("Bristol"),
                Optional.of("England"),
                Optional.of("GB"))),
        List.of(rich, text("second")),
        List.of(
            new Profile("GitHub", Optional.of("kura"), URL),
            new Profile("Website", Optional.empty(), URL)),
        List.of(
            new Section("Everything", List.of(rich), groups(), entries),
            new Section("Empty", List.of(), List.of(), List.of())),
        "en-GB",
        Map.of("present", "heute " + TRICKY, "circa", "ca.", "rangeSeparator", " – "));
  }

  @Test
  void decodesWhatItEncoded() {
    Cv cv = everyKind();
    assertEquals(
        cv, ModelCodec.decode(Cv.class, ModelCodec.encode(cv, 1_000_000).toArray(String[]::new)));
  }

  @Test
  void decodesACvWithNothingOptional() {
    Cv cv =
        new Cv(
            "Kura",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(
                new Location(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())),
            List.of(),
            List.of(),
            List.of(),
            "");
    assertEquals(
        cv, ModelCodec.decode(Cv.class, ModelCodec.encode(cv, 100).toArray(String[]::new)));
  }

  /** A model type added without a line in the codec makes this fail, not a user's program. */
  @Test
  void theFixtureHoldsEveryPermittedSubtype() {
    Set<Class<?>> seen = new HashSet<>();
    Cv cv = everyKind();
    walkSpans(cv, span -> seen.add(span.getClass()));
    for (Section section : cv.sections()) {
      for (Entry entry : section.entries()) {
        seen.add(entry.getClass());
        if (entry instanceof Job job) {
          seen.add(job.dates().getClass());
        } else if (entry instanceof Volunteer volunteer) {
          seen.add(volunteer.dates().getClass());
          Dates.Range range = (Dates.Range) volunteer.dates();
          seen.add(range.start().getClass());
          seen.add(range.end().getClass());
        } else if (entry instanceof Education education) {
          seen.add(education.dates().getClass());
          seen.add(((Dates.Single) education.dates()).date().getClass());
        } else if (entry instanceof Project project) {
          seen.add(project.dates().getClass());
          seen.add(((Dates.Range) project.dates()).start().getClass());
        }
      }
    }
    for (Class<?> sealed : List.of(Entry.class, Span.class, Dates.class, CvDate.class)) {
      for (Class<?> permitted : sealed.getPermittedSubclasses()) {
        assertTrue(seen.contains(permitted), "the fixture has no " + permitted.getName());
      }
    }
  }

  private static void walkSpans(Cv cv, Consumer<Span> visit) {
    for (Text text : cv.summary()) {
      for (Span span : text.spans()) {
        walk(span, visit);
      }
    }
  }

  private static void walk(Span span, Consumer<Span> visit) {
    visit.accept(span);
    if (span instanceof Span.Strong strong) {
      strong.children().forEach(child -> walk(child, visit));
    } else if (span instanceof Span.Emphasis emphasis) {
      emphasis.children().forEach(child -> walk(child, visit));
    } else if (span instanceof Span.Link link) {
      link.label().forEach(child -> walk(child, visit));
    }
  }

  @Test
  void piecesKeepTheirLengthAndNeverSplitASurrogatePair() {
    Cv cv = everyKind();
    String whole = String.join("", ModelCodec.encode(cv, Integer.MAX_VALUE));
    for (int max = 2; max <= 9; max++) {
      List<String> pieces = ModelCodec.encode(cv, max);
      assertEquals(whole, String.join("", pieces));
      for (String piece : pieces) {
        assertTrue(piece.length() <= max, piece);
        assertFalse(Character.isHighSurrogate(piece.charAt(piece.length() - 1)), "split at " + max);
        assertFalse(Character.isLowSurrogate(piece.charAt(0)), "split at " + max);
      }
      assertEquals(cv, ModelCodec.decode(Cv.class, pieces.toArray(String[]::new)));
    }
  }

  @Test
  void aPieceTooShortForASurrogatePairIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ModelCodec.encode(everyKind(), 1));
    assertTrue(e.getMessage().contains("surrogate pair"), e.getMessage());
  }

  @Test
  void dataFromAnotherVersionSaysToCompileAgain() {
    String encoded = String.join("", ModelCodec.encode(everyKind(), Integer.MAX_VALUE));
    String other = encoded.replaceFirst("^cvdsl-model-[0-9a-f]{8};", "cvdsl-model-00000000;");
    assertTrue(encoded.startsWith(HEADER), encoded);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ModelCodec.decode(Cv.class, other));
    assertTrue(e.getMessage().contains("compile the CV again"), e.getMessage());
  }

  @Test
  void dataThatDoesNotEndWithTheCvIsRefused() {
    String encoded = String.join("", ModelCodec.encode(everyKind(), Integer.MAX_VALUE));
    assertThrows(IllegalStateException.class, () -> ModelCodec.decode(Cv.class, encoded, "p"));
  }

  @Test
  void damagedDataIsRefusedWithTheDocumentedException() {
    for (String damaged : List.of(HEADER, HEADER + "5:ab", HEADER + "x:")) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> ModelCodec.decode(Cv.class, damaged), damaged);
      assertTrue(e.getMessage().startsWith("CV model data"), e.getMessage());
    }
  }
}
