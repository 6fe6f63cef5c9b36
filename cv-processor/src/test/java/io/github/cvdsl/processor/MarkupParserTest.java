package io.github.cvdsl.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupParserTest {

  private static Text parse(String source) {
    Checked<Text> text = MarkupParser.paragraph("summary", source);
    assertTrue(text.isOk(), () -> "expected to parse: " + text.problem());
    return text.value();
  }

  private static String problem(String source) {
    Checked<Text> text = MarkupParser.paragraph("summary", source);
    assertFalse(text.isOk(), () -> "expected a problem with " + source);
    return text.problem();
  }

  @Test
  void plainTextIsOnePlainSpan() {
    assertEquals(
        List.of(new Span.Plain("Python, Lua & some C++ (48% faster) i.e. _fast_")),
        parse("Python, Lua & some C++ (48% faster) i.e. _fast_").spans());
  }

  @Test
  void strongEmphasisCodeAndLinkNest() {
    assertEquals(
        List.of(
            new Span.Strong(
                List.of(
                    new Span.Plain("bold "), new Span.Emphasis(List.of(new Span.Plain("and em"))))),
            new Span.Plain(" then "),
            new Span.Code("async def"),
            new Span.Plain(" and "),
            new Span.Link(
                List.of(new Span.Strong(List.of(new Span.Plain("plugins")))),
                new Url("https://en.wikipedia.org/wiki/Pelican_(software)"))),
        parse(
                "**bold *and em*** then `async def` and"
                    + " [**plugins**](https://en.wikipedia.org/wiki/Pelican_(software))")
            .spans());
  }

  @Test
  void backslashWritesMarkupCharactersLiterally() {
    assertEquals(
        List.of(new Span.Plain("5 * 3 = 15, `x`, [a] and \\ and C:\\Users")),
        parse("5 \\* 3 = 15, \\`x\\`, \\[a\\] and \\\\ and C:\\Users").spans());
  }

  @Test
  void codeKeepsMarkupCharactersAsWritten() {
    assertEquals(List.of(new Span.Code("**not bold** [x]")), parse("`**not bold** [x]`").spans());
  }

  @Test
  void lineBreaksInAParagraphReadAsSpaces() {
    assertEquals("one two three", parse("one\n  two\n\nthree\n").plainText());
  }

  @Test
  void blankLinesSeparateParagraphs() {
    Checked<List<Text>> paragraphs =
        MarkupParser.paragraphs("summary", "First line\ncontinues.\n\n  \nSecond.\r\n\r\nThird.");
    assertEquals(
        List.of("First line continues.", "Second.", "Third."),
        paragraphs.value().stream().map(Text::plainText).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "**open                 | \"**\" at \"**open\" is never closed",
        "*open                  | \"*\" at \"*open\" is never closed",
        "** spaced**            | \"**\" at \"** spaced**\" is followed by a space",
        "**spaced **            | \"**\" at \"**\" follows a space",
        "****                   | \"**\" at \"**\" encloses nothing",
        "`open                  | \"`\" at \"`open\" is never closed",
        "``                     | \"``\" at \"``\" is empty code",
        "a] b                   | \"]\" at \"] b\" closes no link",
        "[a b                   | \"[\" at \"[a b\" is never closed",
        "[a] b                  | \"[\" at \"[a] b\" starts a link without a URL",
        "[a](https://x.org      | has no \")\" after its URL",
        "[a [b](https://x.org)] | \"[\" at \"[b](https://x.org)]\" opens a link inside a link"
            + " label",
        "[a](#)                 | the link's URL \"#\" is not an absolute URL",
        "[a](javascript:x())    | uses the scheme \"javascript\"",
        "[](https://x.org)      | \"]\" at \"](https://x.org)\" encloses nothing",
      })
  void badMarkupIsAProblemThatSaysWhereAndWhatToWrite(String source, String expected) {
    String problem = problem(source);
    assertTrue(problem.startsWith("[cvdsl:markup] summary has bad inline markup: "), problem);
    assertTrue(problem.contains(expected), () -> problem + "\n  lacks: " + expected);
  }

  @Test
  void longContextIsCutAtTwentyCodePoints() {
    String problem = problem("**😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀");
    assertTrue(problem.contains("at \"**😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀…\""), problem);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'First.\n\n  Second **unclosed' | **unclosed",
        "'  line one\r\n    line *two' | *two",
        "'a\n\n\nb\n  c ]d' | ]d",
        "'one [link](#) here' | [link]",
      })
  void aProblemKnowsWhereItIsInTheAuthorsText(String source, String problemAt) {
    Checked<List<Text>> text = MarkupParser.paragraphs("summary", source);
    assertFalse(text.isOk());
    assertEquals(source.indexOf(problemAt), text.offset(), text.problem());
  }
}
