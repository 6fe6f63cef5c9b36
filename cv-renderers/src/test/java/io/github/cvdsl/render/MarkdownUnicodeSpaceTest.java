package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spaces other than the ASCII space, which Java and CommonMark count as whitespace, where Markdown
 * cares about whitespace: before a line's first mark, and inside emphasis delimiters.
 */
class MarkdownUnicodeSpaceTest {

  /**
   * A paragraph's leading whitespace is dropped after it is escaped, an em space too: what follows
   * it still begins the line, so a list marker or heading mark there must be escaped. Found by
   * {@link LiteralTextPropertyTest}.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u2003- item",
        "\u3000# heading",
        "\u20031. one",
        "\u2003 \u3000+ plus",
        "\u2000123) paren",
        "\u205F=== rule"
      })
  void lineStartMarkupAfterUnicodeSpaceStaysText(String paragraph) {
    assertReadAsOneParagraph(paragraph, new Text(List.of(new Span.Plain(paragraph))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u2003- item", "\u3000# heading", "\u20031. one"})
  void lineStartMarkupAfterASpaceOnlyRunStaysText(String paragraph) {
    // The same text split after its leading space, as the markup parser may split runs.
    int split = paragraph.offsetByCodePoints(0, 1);
    Text text =
        new Text(
            List.of(
                new Span.Plain(paragraph.substring(0, split)),
                new Span.Plain(paragraph.substring(split))));
    assertReadAsOneParagraph(paragraph, text);
  }

  /**
   * CommonMark reads no emphasis whose inner text starts or ends with Unicode whitespace, such as a
   * no-break space, which the markup parser accepts there; the words must show without stray
   * asterisks, as for emphasis CommonMark's flanking rules refuse.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\u00A0bold", "bold\u00A0", "\u2003bold", "\u202Fbold\u202F"})
  void emphasisAgainstAUnicodeSpaceKeepsJustItsWords(String words) {
    for (Span span :
        List.of(
            new Span.Strong(List.of(new Span.Plain(words))),
            new Span.Emphasis(List.of(new Span.Plain(words))))) {
      Text text = new Text(List.of(new Span.Plain("x "), span, new Span.Plain(" y")));
      assertReadAsOneParagraph("x " + words + " y", text);
    }
  }

  private static void assertReadAsOneParagraph(String paragraph, Text text) {
    Cv cv =
        new Cv(
            "Name",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(text),
            List.of(),
            List.of(),
            "en");
    String markdown = Renderers.characterRenderer("markdown").render(cv);
    MarkdownBlocks read = MarkdownBlocks.read(markdown);

    assertEquals(List.of(), read.unexpected, markdown);
    assertEquals(0, read.listItems, markdown);
    assertEquals(
        List.of(
            new MarkdownBlocks.Block("heading", 1, "Name"),
            new MarkdownBlocks.Block("paragraph", 0, LiteralTextPropertyTest.collapse(paragraph))),
        read.blocks.stream()
            .map(
                b ->
                    new MarkdownBlocks.Block(
                        b.kind(), b.level(), LiteralTextPropertyTest.collapse(b.text())))
            .toList(),
        markdown);
  }
}
