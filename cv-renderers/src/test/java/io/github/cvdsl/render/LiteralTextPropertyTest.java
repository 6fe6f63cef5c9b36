package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Highlight;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.internal.CodePoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Arbitrary Unicode, written as plain text in each place of a CV, reaches the reader of every
 * format as the author wrote it. {@link LiteralTextTest} checks a fixed list of tricky strings in
 * every span kind; this checks text that nobody thought of, in one plain span per place.
 *
 * <p>"As written" follows the renderers' documented policy (see {@code CodePoints.clean}) and the
 * one {@link LiteralTextTest} uses: a text is one paragraph, so every run of whitespace (tabs and
 * line breaks included) shows as one space and none shows at the ends; a control character,
 * unpaired surrogate or non-character, which no format can carry, shows as U+FFFD. Everything else
 * must come through exactly, code point for code point.
 */
class LiteralTextPropertyTest {

  private static final int REPLACEMENT = 0xFFFD;

  // Made once: a renderer compiles its templates when it is made.
  private static final CharacterRenderer MARKDOWN = Renderers.characterRenderer("markdown");
  private static final CharacterRenderer HTML = Renderers.characterRenderer("html");
  // Wide enough that no line wraps, so each place is one line to compare whole.
  private static final CharacterRenderer WIDE_TEXT =
      Renderers.characterRenderer("text", RenderOptions.defaults().withWidth(100_000));
  private static final CharacterRenderer NARROW_TEXT =
      Renderers.characterRenderer("text", RenderOptions.defaults().withWidth(RenderOptions.MIN_WIDTH));

  /** Characters that mean something in Markdown, HTML or at the start of a plain-text line. */
  private static final String MARKUP_CHARACTERS = "\\`*_{}[]()#+-.!|<>&\"'~=:;/@";

  /** Cases each property checks per run, at least. */
  private static final int CASES = 200;

  /**
   * Cases asked of QuickTheories: it skips a case whose random draws it has already tried, so it
   * is asked for more than must be checked.
   */
  private static final int EXAMPLES = CASES + CASES / 20;

  /**
   * Any Unicode, weighted towards markup characters and constructs, every kind of whitespace,
   * emoji, combining marks and right-to-left text, so that each lands at the start, middle and end
   * of a line often enough.
   */
  private static Gen<String> authorText() {
    Gen<String> markupCharacter =
        Generate.pick(MARKUP_CHARACTERS.chars().mapToObj(Character::toString).toList());
    Gen<String> construct =
        Generate.pick(
            List.of(
                "1.",
                "1)",
                "123456789.",
                "1234567890)",
                "**",
                "__",
                "```",
                "~~~",
                "- ",
                "+ ",
                "* ",
                "# ",
                "###### ",
                "> ",
                "---",
                "===",
                "***",
                "&amp;",
                "&#65;",
                "&#x41;",
                "&copy",
                "<b>",
                "</p>",
                "<!--",
                "-->",
                "<![CDATA[",
                "<?php",
                "[a](b)",
                "![i](x.png)",
                "[r]: /u",
                "<http://x.example>",
                "<me@x.example>",
                "|a|b|",
                "{#id}",
                "\\*",
                "\\\n",
                "  \n",
                "<script>alert(1)</script>",
                "&lt;",
                "\\&"));
    Gen<String> whitespace =
        Generate.pick(
            List.of(
                " ", "  ", "    ", "\t", "\n", "\r\n", "\r", "\f", "\u000B", "\u0085",
                "\u00A0", "\u2003", "\u3000", "\u2028", "\u2029", "\u202F"));
    Gen<String> emoji = Generate.pick(List.of("😀", "🎉", "👩‍👩‍👧", "🇬🇧", "1️⃣", "👍🏽"));
    Gen<String> combining =
        Generate.pick(List.of("e\u0301", "a\u0308", "\u0301", "\u20DD", "\u200D"));
    Gen<String> rightToLeft =
        Generate.pick(
            List.of("שלום", "עולם", "مرحبا", "\u200F", "\u202E", "\u2067", "\u061C"));
    Gen<String> word =
        lists()
            .of(Generate.pick(ALPHANUMERIC.chars().mapToObj(Character::toString).toList()))
            .ofSizeBetween(1, 6)
            .map(letters -> String.join("", letters));
    // Inline markup needs a closing delimiter too, which single characters rarely supply.
    Gen<String> delimited =
        Generate.pick(List.of("*", "_", "**", "__", "`", "``", "~~", "|", "$"))
            .zip(word, (delimiter, inner) -> delimiter + inner + delimiter);
    Gen<String> bracketed =
        Generate.pick(List.of("[]", "()", "<>", "{}", "<//>"))
            .zip(
                word,
                (pair, inner) ->
                    pair.substring(0, pair.length() / 2)
                        + inner
                        + pair.substring(pair.length() / 2));
    Gen<String> anyChar =
        Generate.characters(Character.MIN_VALUE, Character.MAX_VALUE)
            .map(unit -> String.valueOf(unit.charValue()));
    Gen<String> anyCodePoint =
        Generate.range(Character.MIN_CODE_POINT, Character.MAX_CODE_POINT)
            .map(codePoint -> Character.toString(codePoint));
    Gen<String> body =
        lists()
            .of(
                Generate.frequency(
                    List.of(
                        Pair.of(6, markupCharacter),
                        Pair.of(3, construct),
                        Pair.of(2, delimited),
                        Pair.of(1, bracketed),
                        Pair.of(4, whitespace),
                        Pair.of(1, emoji),
                        Pair.of(1, combining),
                        Pair.of(1, rightToLeft),
                        Pair.of(3, word),
                        Pair.of(2, anyChar),
                        Pair.of(1, anyCodePoint))))
            .ofSizeBetween(1, 24)
            .map(pieces -> String.join("", pieces));
    // Block markup means something only where a line starts or ends, so half the texts start or
    // end with some; whitespace before it is dropped, so it still starts the line.
    Gen<String> lineStart =
        Generate.pick(
            List.of(
                "- ",
                "+ ",
                "* ",
                "# ",
                "## ",
                "1. ",
                "1) ",
                "> ",
                "---",
                "***",
                "___",
                "===",
                "- - -",
                "    ",
                "\t",
                "```",
                "~~~",
                "<div>",
                "<!-- ",
                "[x]: /y ",
                "| ",
                " - ",
                "\u2003- ",
                "\u3000# ",
                "\u20031. "));
    Gen<String> lineEnd =
        Generate.pick(
            List.of(" #", " ##", "\\", "  ", "!", " ---", " ===", "&", "&amp", " |", "\u2003#"));
    return Generate.oneOf(Generate.constant(""), lineStart)
        .zip(body, Generate.oneOf(Generate.constant(""), lineEnd), (s, m, e) -> s + m + e)
        // Blank text leaves its place out by design (AbsentOptionalsTest); here every place shows.
        .assuming(LiteralTextPropertyTest::hasVisibleCharacter);
  }

  private static final String ALPHANUMERIC =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /**
   * Checks {@code property} on at least {@link #CASES} author texts. A failing case prints the
   * smallest text found and {@code Seed was N}; {@code -DQT_SEED=N} runs the same cases again.
   */
  private static void forAuthorTexts(Consumer<String> property) {
    int[] cases = {0};
    int[] markupFirst = {0};
    qt().withExamples(EXAMPLES)
        .forAll(authorText())
        .checkAssert(
            text -> {
              cases[0]++;
              if (startsWithMarkup(text)) {
                markupFirst[0]++;
              }
              property.accept(text);
            });
    assertTrue(cases[0] >= CASES, () -> "only " + cases[0] + " cases checked");
    // The generator must put markup where a line starts, not only inside it.
    assertTrue(
        markupFirst[0] * 100 >= cases[0] * 15,
        () -> "markup first in " + markupFirst[0] + " of " + cases[0]);
  }

  @Test
  void markdownReaderSeesTheAuthorsTextInEveryPlace() {
    forAuthorTexts(LiteralTextPropertyTest::markdownReaderSeesTheAuthorsTextInEveryPlace);
  }

  @Test
  void htmlReaderSeesTheAuthorsTextInEveryPlace() {
    forAuthorTexts(LiteralTextPropertyTest::htmlReaderSeesTheAuthorsTextInEveryPlace);
  }

  @Test
  void plainTextReaderSeesTheAuthorsTextInEveryPlace() {
    forAuthorTexts(LiteralTextPropertyTest::plainTextReaderSeesTheAuthorsTextInEveryPlace);
  }

  private static void markdownReaderSeesTheAuthorsTextInEveryPlace(String text) {
    String markdown = MARKDOWN.render(everywhere(text));
    MarkdownBlocks read = MarkdownBlocks.read(markdown);
    String shown = shown(text);

    assertEquals(List.of(), read.unexpected, markdown);
    assertEquals(List.of(), read.linkDestinations, markdown);
    List<String> actual =
        read.blocks.stream()
            .map(block -> block.kind() + block.level() + ": " + collapse(block.text()))
            .toList();
    List<String> expected = new ArrayList<>();
    for (Map.Entry<String, String> place : MARKDOWN_BLOCKS.entrySet()) {
      expected.add(place.getValue() + ": " + shown);
    }
    assertEquals(expected, actual, () -> "places " + MARKDOWN_BLOCKS.keySet() + "\n" + markdown);
    assertEquals(2, read.listItems, () -> "a highlight and its detail\n" + markdown);
  }

  private static void htmlReaderSeesTheAuthorsTextInEveryPlace(String text) {
    String html = HTML.render(everywhere(text));
    Document document = Jsoup.parse(html);
    String shown = shown(text);

    for (Map.Entry<String, String> place : HTML_ELEMENTS.entrySet()) {
      List<Element> found = document.select(place.getValue());
      assertEquals(1, found.size(), () -> place.getKey() + " " + place.getValue() + "\n" + html);
      assertEquals(shown, collapse(ownText(found.get(0))), () -> place.getKey() + "\n" + html);
    }
    // Every word in the body is one of the places above: the text made no element or attribute.
    List<String> bodyTexts =
        document.body().select("*").stream()
            .map(LiteralTextPropertyTest::ownText)
            .map(LiteralTextPropertyTest::collapse)
            .filter(words -> !words.isEmpty())
            .toList();
    assertEquals(
        List.of(shown), bodyTexts.stream().distinct().toList(), () -> "body texts\n" + html);
    assertEquals(HTML_ELEMENTS.size() - 1, bodyTexts.size(), () -> "body texts\n" + html);
    Set<String> tags =
        document.select("html, html *").stream().map(Element::tagName).collect(Collectors.toSet());
    assertTrue(STRUCTURE_TAGS.containsAll(tags), () -> "tags " + tags + "\n" + html);
  }

  private static void plainTextReaderSeesTheAuthorsTextInEveryPlace(String text) {
    Cv cv = everywhere(text);
    String shown = shown(text);
    String wide = WIDE_TEXT.render(cv);

    List<String> lines =
        wide.lines()
            .map(LiteralTextPropertyTest::collapse)
            .filter(line -> !line.isEmpty())
            .toList();
    assertEquals(TEXT_LINES.size(), lines.size(), () -> "lines\n" + wide);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String place = TEXT_LINES.get(i);
      switch (place) {
        case "name underline" -> assertTrue(line.matches("=+"), () -> place + "\n" + wide);
        case "section underline" -> assertTrue(line.matches("-+"), () -> place + "\n" + wide);
        case "highlight", "detail" -> assertEquals("- " + shown, line, () -> place + "\n" + wide);
        default -> assertEquals(shown, line, () -> place + "\n" + wide);
      }
    }
    assertOutputIsClean(wide);

    // Wrapped narrow, the words stay whole and in order: only whitespace differs from the wide
    // output, apart from the underlines, which are never wider than a line.
    int width = RenderOptions.MIN_WIDTH;
    String narrow = NARROW_TEXT.render(cv);
    for (String line : narrow.split("\n", -1)) {
      assertTrue(CodePoints.width(line) <= width, () -> "too wide: " + line + "\n" + narrow);
    }
    assertOutputIsClean(narrow);
    String words = withoutWhitespace(shown);
    assertTrue(
        occurrences(withoutWhitespace(narrow), words) >= TEXT_PLACES,
        () -> "fewer than " + TEXT_PLACES + " times " + words + " in\n" + narrow);
  }

  /** The places {@link #everywhere(String)} fills, in document order, as Markdown blocks. */
  private static final Map<String, String> MARKDOWN_BLOCKS = new LinkedHashMap<>();

  /** The places {@link #everywhere(String)} fills, and the one HTML element each shows in. */
  private static final Map<String, String> HTML_ELEMENTS = new LinkedHashMap<>();

  /** The non-blank lines of the unwrapped plain text, in order. */
  private static final List<String> TEXT_LINES =
      List.of(
          "name",
          "name underline",
          "label",
          "summary",
          "section title",
          "section underline",
          "section summary",
          "entry title",
          "position",
          "description",
          "entry summary",
          "group title",
          "highlight",
          "detail");

  /** How many lines of the plain text hold the author's text. */
  private static final int TEXT_PLACES = TEXT_LINES.size() - 2;

  /** The elements the HTML renderer's own templates write around plain text. */
  private static final Set<String> STRUCTURE_TAGS =
      Set.of(
          "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main", "section",
          "h2", "article", "h3", "span", "ul", "li");

  static {
    MARKDOWN_BLOCKS.put("name", "heading1");
    MARKDOWN_BLOCKS.put("label", "paragraph0");
    MARKDOWN_BLOCKS.put("summary", "paragraph0");
    MARKDOWN_BLOCKS.put("section title", "heading2");
    MARKDOWN_BLOCKS.put("section summary", "paragraph0");
    MARKDOWN_BLOCKS.put("entry title", "heading3");
    MARKDOWN_BLOCKS.put("position", "paragraph0");
    MARKDOWN_BLOCKS.put("description", "paragraph0");
    MARKDOWN_BLOCKS.put("entry summary", "paragraph0");
    MARKDOWN_BLOCKS.put("group title", "paragraph0");
    MARKDOWN_BLOCKS.put("highlight", "paragraph0");
    MARKDOWN_BLOCKS.put("detail", "paragraph0");

    HTML_ELEMENTS.put("document title", "head > title");
    HTML_ELEMENTS.put("name", "header > h1");
    HTML_ELEMENTS.put("label", "header > p.label");
    HTML_ELEMENTS.put("summary", "main > p");
    HTML_ELEMENTS.put("section title", "section > h2");
    HTML_ELEMENTS.put("section summary", "section > p");
    HTML_ELEMENTS.put("entry title", "article > h3");
    HTML_ELEMENTS.put("position", "article > p.byline > span.role");
    HTML_ELEMENTS.put("description", "article > p.facts");
    HTML_ELEMENTS.put("entry summary", "article > p:not([class])");
    HTML_ELEMENTS.put("group title", "article > p.group");
    HTML_ELEMENTS.put("highlight", "article > ul > li");
    HTML_ELEMENTS.put("detail", "article > ul > li > ul > li");
  }

  /** A CV with {@code text} as plain text in one place of each kind. */
  static Cv everywhere(String text) {
    List<Text> paragraph = List.of(Text.plain(text));
    Job job =
        new Job(
            text,
            text,
            new Dates.None(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(text),
            paragraph,
            List.of(
                new HighlightGroup(
                    Optional.of(Text.plain(text)),
                    List.of(new Highlight(Text.plain(text), paragraph)))));
    return new Cv(
        text,
        Optional.of(text),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        paragraph,
        List.of(),
        List.of(new Section(text, paragraph, List.of(), List.of(job))),
        "en");
  }

  /** What a reader should see of the author's text: the policy in the class comment. */
  static String shown(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(isUnusable(c) ? REPLACEMENT : c));
    return collapse(out.toString());
  }

  /** A control character that is not a line break or tab, a lone surrogate or a non-character. */
  private static boolean isUnusable(int c) {
    if (Character.getType(c) == Character.CONTROL) {
      return "\t\n\u000B\f\r\u0085".indexOf(c) < 0;
    }
    return Character.getType(c) == Character.SURROGATE
        || (c >= 0xFDD0 && c <= 0xFDEF)
        || (c & 0xFFFE) == 0xFFFE;
  }

  private static boolean isWhitespace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }

  /**
   * Every run of whitespace as one space and none at the ends, as a reader shows it. The same on
   * both sides of a comparison, so only whitespace can differ; a stray control still shows.
   */
  static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  private static boolean hasVisibleCharacter(String text) {
    return text.codePoints().anyMatch(c -> !isWhitespace(c) && !isUnusable(c));
  }

  private static String withoutWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> !isWhitespace(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static int occurrences(String haystack, String needle) {
    int count = 0;
    for (int i = haystack.indexOf(needle);
        i >= 0;
        i = haystack.indexOf(needle, i + needle.length())) {
      count++;
    }
    return count;
  }

  /**
   * The element's own text, entities decoded, without its child elements' text. jsoup's {@code
   * text()} would also drop soft hyphens and zero-width spaces, which the author wrote and a
   * reader's copy keeps.
   */
  private static String ownText(Element element) {
    return element.textNodes().stream().map(TextNode::getWholeText).collect(Collectors.joining());
  }

  /**
   * Plain text has no trailing spaces or tabs, as {@code TextRenderer} promises, and no control
   * characters but line breaks. (Other Unicode spaces the author put at the end of a name or label
   * stay; they are the author's and show as nothing.)
   */
  private static void assertOutputIsClean(String text) {
    for (String line : text.split("\n", -1)) {
      assertTrue(
          !line.endsWith(" ") && !line.endsWith("\t"), () -> "trailing space: '" + line + "'");
      assertTrue(
          line.codePoints().noneMatch(LiteralTextPropertyTest::isUnusable),
          () -> "unusable character in: " + line);
    }
  }

  /** Whether a reader's first character of {@code text} means something in some format. */
  private static boolean startsWithMarkup(String text) {
    String shown = shown(text);
    return !shown.isEmpty() && MARKUP_CHARACTERS.indexOf(shown.charAt(0)) >= 0;
  }
}
