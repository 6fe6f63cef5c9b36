package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.render.internal.CodePoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every special character of every format, in every place an author can write text, reaches the
 * reader of each format literally.
 */
class LiteralTextTest {

  /** {@link TrickyText#LINK} with the characters a URL may not hold percent-encoded. */
  private static final String LINK_AS_WRITTEN = "https://example.com/a_b(c)?q=1&r=%3C2%3E";

  static Stream<String> trickyStrings() {
    return TrickyText.strings().stream();
  }

  @ParameterizedTest
  @MethodSource("trickyStrings")
  void markdownReaderSeesTheAuthorsTextInEveryBlock(String tricky) {
    Cv cv = TrickyText.everywhere(tricky);
    String markdown = Renderers.characterRenderer("markdown").render(cv);
    MarkdownBlocks read = MarkdownBlocks.read(markdown);
    Set<String> visible = TrickyText.visibleBlocks(tricky);
    String shown = TrickyText.collapse(tricky);

    assertEquals(List.of(), read.unexpected, markdown);
    assertEquals(List.of(shown), read.texts("heading", 1), "the name");
    assertEquals(List.of(shown), read.texts("heading", 2), "the section titles");
    assertEquals(
        TrickyText.headingCount(),
        read.texts("heading", 3).stream().filter(shown::equals).count(),
        "one heading per entry: " + read.texts("heading", 3));
    for (MarkdownBlocks.Block block : read.blocks) {
      assertTrue(visible.contains(block.text()), () -> "unexpected block " + block + "\n" + markdown);
    }
    List<String> paragraphs = read.texts("paragraph", 0);
    for (String expected : TrickyText.requiredBlocks(tricky)) {
      assertTrue(paragraphs.contains(expected), () -> "missing " + expected + "\n" + markdown);
    }
    assertTrue(
        read.linkDestinations.stream()
            .allMatch(
                url -> url.equals(LINK_AS_WRITTEN) || url.equals("https://example.com/profile")),
        () -> "links: " + read.linkDestinations);
  }

  @ParameterizedTest
  @MethodSource("trickyStrings")
  void htmlReaderSeesTheAuthorsTextInEveryElement(String tricky) throws Exception {
    Cv cv = TrickyText.everywhere(tricky);
    String html = Renderers.characterRenderer("html").render(cv);
    Document document = Jsoup.parse(html);
    Set<String> visible = TrickyText.visibleBlocks(tricky);
    String shown = TrickyText.collapse(tricky);

    assertEquals(shown, document.title());
    assertEquals(shown, document.selectFirst("h1").text());
    assertEquals(TrickyText.headingCount(), document.select("h3").size());
    List<Element> blocks = new ArrayList<>(document.select("h1, h2, h3, p"));
    for (Element item : document.select("li")) {
      Element copy = item.clone();
      copy.select("ul").remove();
      blocks.add(copy);
    }
    for (Element block : blocks) {
      String text = block.text();
      assertTrue(
          visible.contains(text),
          () -> "unexpected " + block.tagName() + " text: " + text);
    }
    assertEquals(0, document.select("script, img, iframe, object, b").size(), "no element from text");
    for (Element link : document.select("a")) {
      String href = link.attr("href");
      assertTrue(
          href.equals(LINK_AS_WRITTEN) || href.equals("https://example.com/profile"), href);
    }
  }

  @Test
  void htmlWithAllTheTrickyTextIsValid() throws Exception {
    // One document with every tricky string, as the checker takes seconds to start; each string
    // in every place is checked by the other tests.
    List<Section> sections = new ArrayList<>();
    for (String tricky : TrickyText.strings()) {
      sections.add(TrickyText.section(tricky));
    }
    Cv base = TrickyText.everywhere("<&\"'>");
    Cv all =
        new Cv(
            base.name(),
            base.label(),
            base.email(),
            base.phone(),
            base.website(),
            base.location(),
            base.summary(),
            base.profiles(),
            sections,
            base.language());
    String html = Renderers.characterRenderer("html").render(all);

    // The checker only warns that decomposed accents are not NFC; they are what the author wrote.
    List<String> problems =
        Html5Validator.problems(html).stream()
            .filter(problem -> !problem.contains("Normalization Form C"))
            .toList();
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest
  @MethodSource("trickyStrings")
  void plainTextKeepsTheAuthorsWordsWithinTheWidth(String tricky) {
    int width = 40;
    String text =
        Renderers.characterRenderer("text", RenderOptions.defaults().withWidth(width))
            .render(TrickyText.everywhere(tricky));
    String shown = TrickyText.collapse(tricky);

    for (String line : text.split("\n", -1)) {
      assertTrue(CodePoints.width(line) <= width, () -> "too wide: " + line);
      assertTrue(line.equals(line.stripTrailing()), () -> "trailing space: '" + line + "'");
      assertTrue(line.chars().noneMatch(c -> c < ' '), () -> "control character in: " + line);
    }
    String words = TrickyText.collapse(text);
    if (Stream.of(shown.split(" ")).allMatch(word -> CodePoints.width(word) <= width / 2)) {
      assertTrue(words.contains(shown), () -> "missing " + shown + " in\n" + text);
      assertTrue(
          words.contains("x " + shown + " y " + shown + " z " + shown + " w " + shown),
          () -> "missing the mixed paragraph in\n" + text);
    }
  }
}
