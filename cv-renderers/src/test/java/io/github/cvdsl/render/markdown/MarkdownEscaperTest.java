package io.github.cvdsl.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.render.Renderers;
import io.github.cvdsl.render.internal.CodePoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Markdown escaper writes a backslash only where CommonMark would read markup, and a
 * CommonMark reader (commonmark-java) sees every character of a value literally wherever a
 * template puts it.
 */
class MarkdownEscaperTest {

  private static final Parser PARSER = Parser.builder().build();
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Zs}]+");
  private static final MarkdownEscaper ESCAPER = new MarkdownEscaper();

  /**
   * Where a template may put a value, and what a reader then sees: blocks as {@code P(...)},
   * {@code H2(...)}, {@code UL(LI(P(...)))}, links as {@code A(...)}; {@code V} stands for the
   * value as written.
   */
  private record Place(String before, String after, String seen) {
    String markdown(String escaped) {
      return before + escaped + after;
    }
  }

  private static final List<Place> PLACES =
      List.of(
          new Place("Before\n\n", "\n\nAfter\n", "P(Before)P(V)P(After)"),
          new Place("Before\n", "\n", "P(Before V)"),
          new Place("", "\nAfter\n", "P(V After)"),
          new Place("## ", "\n", "H2(V)"),
          new Place("- ", "\n", "UL(LI(P(V)))"),
          new Place("", " · x\n", "P(V · x)"),
          new Place("x · ", "\n", "P(x · V)"),
          new Place("x ", " y\n", "P(x V y)"),
          new Place("[", "](https://example.com)\n", "P(A(V))"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4.0",
        "conversation!",
        "R&D",
        "Q&A",
        "AT&T",
        "AT&T;",
        "M&Ms are sweets",
        "C# and F#",
        "#1 seller",
        "Issue # 5",
        "snake_case",
        "snake__case_name",
        "a < b",
        "1 < 2 > 0",
        "a > b",
        "1-2",
        "x+y",
        "+44 117 496 0000",
        "-5 degrees",
        "50%",
        "(c)",
        "{braces}",
        "5 * 3 * 2",
        "1.5 years",
        "2019 - 2020",
        "==> next",
        "Wow! Really?",
        "I ♥ you!",
        "tea & biscuits",
        "& more",
        "=x"
      })
  void writesWhatNeedsNoEscapeAsItIs(String value) {
    assertEquals(value, ESCAPER.escape(value));
    assertLiteralEverywhere(value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "→",
      quoteCharacter = '"',
      textBlock =
          """
          1. item → 1\\. item
          1) item → 1\\) item
          2019. → 2019\\.
          123456789. nine → 123456789\\. nine
          - item → \\- item
          + item → \\+ item
          * item → \\* item
          - → \\-
          > quote → \\> quote
          "# x" → \\# x
          "###### six" → \\###### six
          Skills # → Skills \\#
          Skills ## → Skills \\##
          --- → \\---
          -- → \\--
          === → \\===
          = → \\=
          *** → \\*\\*\\*
          ___ → \\_\\_\\_
          &amp; → \\&amp;
          &copy; → \\&copy;
          &#169; → \\&#169;
          &#x41; → \\&#x41;
          &#X41; → \\&#X41;
          R&amp → R\\&amp
          R&#12 → R\\&#12
          R& → R\\&
          ![x](y) → !\\[x\\](y)
          [x]: y → \\[x\\]: y
          <b> → \\<b>
          </b> → \\</b>
          <!-- c --> → \\<!-- c -->
          <?php → \\<?php
          <me@example.com> → \\<me@example.com>
          <1@example.com> → \\<1@example.com>
          a < → a \\<
          *a* → \\*a\\*
          a*b*c → a\\*b\\*c
          _a_ → \\_a\\_
          a_ b → a\\_ b
          a _b → a \\_b
          x_. → x\\_.
          `code` → \\`code\\`
          back\\slash → back\\\\slash
          a|b → a\\|b
          ~~struck~~ → \\~\\~struck\\~\\~
          """)
  void escapesWhatWouldBeMarkup(String value, String escaped) {
    assertEquals(escaped, ESCAPER.escape(value));
    assertLiteralEverywhere(value);
  }

  @Test
  void arbitraryValuesReadLiterallyEverywhere() {
    // Seeded, so that a failure repeats; short strings over markup characters meet each rule's
    // edges (start, end, neighbours) far more often than prose does.
    Random random = new Random(13);
    for (int i = 0; i < 5_000; i++) {
      String value = randomText(random, 1 + random.nextInt(10));
      if (!normalise(value).isEmpty()) {
        assertLiteralEverywhere(value);
      }
    }
  }

  @Test
  void aCvsMarkdownHasNoNeedlessBackslash() {
    Cv cv =
        new Cv(
            "R&D Lab",
            Optional.of("4.0"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(Text.plain("It was a conversation!"), Text.plain("C# and F#, snake_case, a < b")),
            List.of(),
            List.of(),
            "en");

    String markdown = Renderers.characterRenderer("markdown").render(cv);

    assertEquals(
        "# R&D Lab\n\n4.0\n\nIt was a conversation!\n\nC# and F#, snake_case, a < b\n",
        markdown);
    assertEquals(
        "H1(R&D Lab)P(4.0)P(It was a conversation!)P(C# and F#, snake_case, a < b)",
        seen(markdown));
  }

  @Test
  void anExclamationMarkBeforeALinkSpanStaysEscaped() {
    Text text =
        new Text(
            List.of(
                new Span.Plain("Wow!"),
                new Span.Link(List.of(new Span.Plain("x")), new Url("https://example.com"))));

    assertEquals("Wow\\![x](https://example.com)", format(text));
    assertEquals("P(Wow!A(x))", seen(format(text)));
  }

  @Test
  void anExclamationMarkEndingAParagraphIsWrittenAsItIs() {
    assertEquals("It was a conversation!", format(Text.plain("It was a conversation!")));
  }

  @Test
  void anEntityNameCutByASpanIsEscaped() {
    Text text =
        new Text(
            List.of(new Span.Plain("R&amp"), new Span.Emphasis(List.of(new Span.Plain(";")))));

    assertEquals("P(R&amp;)", seen(format(text)));
  }

  @Test
  void aDroppedLinksEmphasisIsJudgedByWhatFollowsTheLink() {
    // A script link is written as its label; its emphasis meets the next span's "b", so "*a.*b"
    // would show its asterisks.
    Text text =
        new Text(
            List.of(
                new Span.Link(
                    List.of(new Span.Emphasis(List.of(new Span.Plain("a.")))),
                    new Url("javascript:alert(1)")),
                new Span.Plain("b")));

    assertEquals("P(a.b)", seen(format(text)));
  }

  @Test
  void arbitrarySpansReadLiterally() {
    Random random = new Random(5);
    for (int i = 0; i < 20_000; i++) {
      List<Span> spans = new ArrayList<>();
      StringBuilder shown = new StringBuilder();
      int count = 1 + random.nextInt(4);
      for (int s = 0; s < count; s++) {
        // Backticks would make code spans' fences part of the comparison.
        String words = randomText(random, 1 + random.nextInt(6)).replace('`', '\'');
        int kind = random.nextInt(5);
        if (kind == 2 && normalise(words).isEmpty()) {
          // A blank label would show its link's address instead.
          words += "x";
        }
        shown.append(words);
        spans.add(span(kind, words));
      }
      Text text = new Text(spans);
      String markdown = format(text);
      // Spaces at a span's edge may move outside its delimiters: compare the visible characters.
      String expected = withoutSpaces(shown.toString());
      String read = withoutSpaces(readInlines(markdown));
      assertEquals(expected, read, () -> spans + "\n" + markdown);
    }
  }

  private static Span span(int kind, String words) {
    List<Span> plain = List.of(new Span.Plain(words));
    switch (kind) {
      case 0:
        return new Span.Strong(plain);
      case 1:
        return new Span.Emphasis(plain);
      case 2:
        return new Span.Link(plain, new Url("https://example.com"));
      case 3:
        return new Span.Link(plain, new Url("javascript:x"));
      default:
        return plain.get(0);
    }
  }

  /** The paragraph's markup, without the whitespace at its ends that the renderer drops. */
  private static String format(Text text) {
    StringBuilder out = new StringBuilder();
    new MarkdownInline(ESCAPER).format(text, out);
    return out.toString().strip();
  }

  private static String randomText(Random random, int length) {
    String alphabet = "\\`*_{}[]()#+-.!|<>&;~=:/@\"'  ax0Z9\u00A0\u2003é";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static void assertLiteralEverywhere(String value) {
    String escaped = ESCAPER.escape(value);
    String shown = normalise(CodePoints.clean(value));
    for (Place place : PLACES) {
      String markdown = place.markdown(escaped);
      assertEquals(
          trimmedInside(place.seen().replace("V", shown)),
          trimmedInside(seen(markdown)),
          () -> "'" + value + "' written as '" + escaped + "' in:\n" + markdown);
    }
  }

  /** The blocks and inlines a reader sees, in the notation of {@link Place#seen()}. */
  private static String seen(String markdown) {
    StringBuilder out = new StringBuilder();
    describeChildren(PARSER.parse(markdown), out);
    return out.toString();
  }

  private static void describeChildren(Node parent, StringBuilder out) {
    StringBuilder text = new StringBuilder();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof org.commonmark.node.Text literal) {
        text.append(literal.getLiteral());
        continue;
      }
      if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append(' ');
        continue;
      }
      out.append(normaliseInline(text));
      text.setLength(0);
      out.append(name(node)).append('(');
      describeChildren(node, out);
      out.append(')');
    }
    out.append(normaliseInline(text));
  }

  private static String normaliseInline(CharSequence text) {
    // Inside a block only runs of whitespace matter; its ends are trimmed by the block.
    return WHITESPACE.matcher(text).replaceAll(" ");
  }

  private static String name(Node node) {
    if (node instanceof Paragraph) {
      return "P";
    }
    if (node instanceof Heading heading) {
      return "H" + heading.getLevel();
    }
    if (node instanceof BulletList) {
      return "UL";
    }
    if (node instanceof ListItem) {
      return "LI";
    }
    if (node instanceof Link) {
      return "A";
    }
    // Anything else (emphasis, code, an image, HTML, a quote, a rule) is not what was written.
    return node.getClass().getSimpleName();
  }

  /** What a reader sees of a paragraph of inlines: its text, through emphasis, code and links. */
  private static String readInlines(String markdown) {
    Node document = PARSER.parse(markdown);
    StringBuilder out = new StringBuilder();
    Node paragraph = document.getFirstChild();
    if (paragraph == null) {
      return "";
    }
    if (!(paragraph instanceof Paragraph) || paragraph.getNext() != null) {
      return "not one paragraph: " + seen(markdown);
    }
    appendInlines(paragraph, out);
    return out.toString();
  }

  private static void appendInlines(Node parent, StringBuilder out) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof org.commonmark.node.Text literal) {
        out.append(literal.getLiteral());
      } else if (node instanceof Code code) {
        out.append(code.getLiteral());
      } else if (node instanceof Emphasis
          || node instanceof StrongEmphasis
          || node instanceof Link
          || node instanceof SoftLineBreak) {
        appendInlines(node, out);
      } else {
        out.append('<').append(node.getClass().getSimpleName()).append('>');
      }
    }
  }

  /**
   * Without whitespace just inside a block or link: a reader shows none at a paragraph's ends,
   * though commonmark-java keeps a no-break space there.
   */
  private static String trimmedInside(String seen) {
    return seen.replace("( ", "(").replace(" )", ")");
  }

  private static String withoutSpaces(String text) {
    return WHITESPACE.matcher(CodePoints.clean(text)).replaceAll("");
  }

  /** A value as a reader shows it: whitespace runs as one space, none at the ends. */
  private static String normalise(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
