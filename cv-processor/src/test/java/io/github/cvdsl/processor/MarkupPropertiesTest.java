package io.github.cvdsl.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The inline-markup parser on arbitrary text: it accepts and round-trips, or says why not.
 *
 * <p>A failing case prints the smallest text found and {@code Seed was N}; {@code -DQT_SEED=N}
 * runs the same cases again.
 */
class MarkupPropertiesTest {

  /** Cases each property checks per run, at least. */
  private static final int CASES = 3000;

  /**
   * Cases asked of QuickTheories: it skips a case whose random draws it has already tried, as
   * short texts often are, so it is asked for more than must be checked.
   */
  private static final int EXAMPLES = CASES + CASES / 20;

  /** Any Unicode, weighted towards the characters that mean something in markup. */
  private static Gen<String> markupHeavyText() {
    Gen<String> markup =
        Generate.pick(List.of("*", "`", "[", "]", "(", ")", "\\", " ", "\n", "a"));
    return lists()
        .of(Generate.frequency(Pair.of(3, markup), Pair.of(1, anyChar())))
        .ofSizeBetween(0, 40)
        .map(pieces -> String.join("", pieces));
  }

  /** Any Unicode, now and then a character that markup escapes, up to 255 pieces. */
  private static Gen<String> anyText() {
    Gen<String> escaped = Generate.pick(List.of("*", "`", "[", "]", "\\", " ", "\t"));
    return lists()
        .of(
            Generate.frequency(
                Pair.of(4, anyChar()), Pair.of(1, anyCodePoint()), Pair.of(1, escaped)))
        .ofSizeBetween(0, 255)
        .map(pieces -> String.join("", pieces));
  }

  /** Any UTF-16 unit, lone surrogates and non-characters included. */
  private static Gen<String> anyChar() {
    return Generate.characters(Character.MIN_VALUE, Character.MAX_VALUE)
        .map(unit -> String.valueOf(unit.charValue()));
  }

  /** Any code point, unassigned and supplementary ones included. */
  private static Gen<String> anyCodePoint() {
    return Generate.range(Character.MIN_CODE_POINT, Character.MAX_CODE_POINT)
        .map(codePoint -> Character.toString(codePoint));
  }

  @Test
  void acceptsAndRoundTripsOrRejectsWithAMessage() {
    Map<String, Integer> outcomes = new TreeMap<>();
    qt().withExamples(EXAMPLES)
        .forAll(markupHeavyText())
        .checkAssert(
            source -> {
              Checked<Text> parsed = MarkupParser.paragraph("summary", source);
              boolean marked =
                  parsed.isOk()
                      && parsed.value().spans().stream().anyMatch(s -> !(s instanceof Span.Plain));
              outcomes.merge(
                  parsed.isOk() ? (marked ? "accepted with markup" : "accepted") : "rejected",
                  1,
                  Integer::sum);
              if (parsed.isOk()) {
                String written = write(parsed.value().spans());
                Checked<Text> again = MarkupParser.paragraph("summary", written);
                assertTrue(again.isOk(), () -> "re-parse of " + written + ": " + again.problem());
                assertEquals(merged(parsed.value()), merged(again.value()));
              } else {
                assertTrue(
                    parsed.problem().startsWith("[cvdsl:markup] summary has bad inline markup: "));
              }
            });
    int cases = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(cases >= CASES, () -> "only " + cases + " cases checked");
    // The generator must reach both sides of the parser, not only its error path.
    assertTrue(
        outcomes.getOrDefault("accepted with markup", 0) * 100 > cases, outcomes::toString);
    assertTrue(outcomes.getOrDefault("rejected", 0) * 10 > cases, outcomes::toString);
  }

  @Test
  void escapedTextReadsAsItself() {
    int[] cases = {0};
    qt().withExamples(EXAMPLES)
        .forAll(anyText())
        .checkAssert(
            any -> {
              cases[0]++;
              String text = any.replaceAll("\\s+", " ").strip();
              Checked<Text> parsed = MarkupParser.paragraph("summary", escape(text));
              assertTrue(parsed.isOk(), parsed::problem);
              assertEquals(text, parsed.value().plainText());
              assertTrue(parsed.value().spans().stream().allMatch(Span.Plain.class::isInstance));
            });
    assertTrue(cases[0] >= CASES, () -> "only " + cases[0] + " cases checked");
  }

  private static String escape(String text) {
    return text.replaceAll("([\\\\*`\\[\\]])", "\\\\$1");
  }

  /** The markup that reads back as {@code spans}. */
  private static String write(List<Span> spans) {
    StringBuilder out = new StringBuilder();
    for (Span span : spans) {
      if (span instanceof Span.Plain plain) {
        out.append(escape(plain.text()));
      } else if (span instanceof Span.Strong strong) {
        out.append("**").append(write(strong.children())).append("**");
      } else if (span instanceof Span.Emphasis emphasis) {
        out.append('*').append(write(emphasis.children())).append('*');
      } else if (span instanceof Span.Code code) {
        out.append('`').append(code.code()).append('`');
      } else if (span instanceof Span.Link link) {
        out.append('[').append(write(link.label())).append("](").append(link.url()).append(')');
      }
    }
    return out.toString();
  }

  /** The spans with adjacent plain runs joined, since an escape may split a run. */
  private static List<Span> merged(Text text) {
    return merge(text.spans());
  }

  private static List<Span> merge(List<Span> spans) {
    java.util.ArrayList<Span> out = new java.util.ArrayList<>();
    for (Span span : spans) {
      Span normal =
          span instanceof Span.Strong s
              ? new Span.Strong(merge(s.children()))
              : span instanceof Span.Emphasis e
                  ? new Span.Emphasis(merge(e.children()))
                  : span instanceof Span.Link l ? new Span.Link(merge(l.label()), l.url()) : span;
      if (!out.isEmpty()
          && out.get(out.size() - 1) instanceof Span.Plain previous
          && normal instanceof Span.Plain next) {
        out.set(out.size() - 1, new Span.Plain(previous.text() + next.text()));
      } else {
        out.add(normal);
      }
    }
    return out;
  }
}
