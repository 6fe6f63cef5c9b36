package io.github.cvdsl.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The inline-markup parser on arbitrary text: it accepts and round-trips, or says why not. */
class MarkupPropertiesTest {

  /** Any Unicode, weighted towards the characters that mean something in markup. */
  @Provide
  Arbitrary<String> markupHeavyText() {
    Arbitrary<Character> markup =
        Arbitraries.of('*', '`', '[', ']', '(', ')', '\\', ' ', '\n', 'a');
    Arbitrary<Character> any = Arbitraries.chars();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, markup), net.jqwik.api.Tuple.of(1, any))
        .list()
        .ofMaxSize(40)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat))
        .injectDuplicates(0.1);
  }

  @Property(tries = 3000)
  void acceptsAndRoundTripsOrRejectsWithAMessage(@ForAll("markupHeavyText") String source) {
    Checked<Text> parsed = MarkupParser.paragraph("summary", source);
    boolean marked =
        parsed.isOk() && parsed.value().spans().stream().anyMatch(s -> !(s instanceof Span.Plain));
    Statistics.collect(parsed.isOk() ? (marked ? "accepted with markup" : "accepted") : "rejected");
    Statistics.coverage(
        coverage -> {
          coverage.check("accepted with markup").percentage(p -> p > 1);
          coverage.check("rejected").percentage(p -> p > 10);
        });
    if (parsed.isOk()) {
      String written = write(parsed.value().spans());
      Checked<Text> again = MarkupParser.paragraph("summary", written);
      assertTrue(again.isOk(), () -> "re-parse of " + written + ": " + again.problem());
      assertEquals(merged(parsed.value()), merged(again.value()));
    } else {
      assertTrue(parsed.problem().startsWith("[cvdsl:markup] summary has bad inline markup: "));
    }
  }

  @Property(tries = 3000)
  void escapedTextReadsAsItself(@ForAll String any) {
    String text = any.replaceAll("\\s+", " ").strip();
    Checked<Text> parsed = MarkupParser.paragraph("summary", escape(text));
    assertTrue(parsed.isOk(), parsed::problem);
    assertEquals(text, parsed.value().plainText());
    assertTrue(parsed.value().spans().stream().allMatch(Span.Plain.class::isInstance));
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
