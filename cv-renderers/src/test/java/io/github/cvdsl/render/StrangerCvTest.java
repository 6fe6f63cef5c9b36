package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A CV that is not the seed, read as its readers read each format: every value arrives, facts
 * carry their labels, contacts and profiles stand in the header, the address reads in order, and
 * no section appears that the author did not write.
 */
class StrangerCvTest {

  private static final Cv CV = StrangerCv.cv();
  private static final String ADDRESS =
      "2712 Broadway St, San Francisco, California, CA 94115, United States";

  @Test
  void markdownLabelsEveryFactAndPutsContactsInTheHeader() {
    String markdown = Renderers.characterRenderer("markdown").render(CV);
    MarkdownBlocks read = MarkdownBlocks.read(markdown);
    List<String> paragraphs = read.texts("paragraph", 0);

    assertEquals(List.of(), read.unexpected, markdown);
    assertEquals(titles(), read.texts("heading", 2));
    String header = paragraphs.get(1);
    assertTrue(header.contains("Twitter: @neutralthoughts"), header);
    assertTrue(header.contains("SoundCloud: @dandymusicnl"), header);
    assertTrue(header.contains(ADDRESS), header);
    for (String fact :
        List.of(
            "Score: 4.0",
            "Courses: DB1101 - Basic SQL, CS2011 - Java Introduction",
            "Awarded by Techcrunch • Nov. '14",
            "Issued by CNCF • 7 Nov. '21",
            "Published by Hooli • Oct. '14",
            "Web Development — Master: HTML, CSS, Javascript",
            "Compression — Master: Mpeg, MP4, GIF",
            "English — Native speaker",
            "Wildlife: Ferrets, Unicorns",
            "— Erlich Bachman",
            "Keywords: GoogleMaps, Chrome Extension, Javascript")) {
      assertTrue(paragraphs.contains(fact), () -> fact + " in\n" + markdown);
    }
    assertTrue(read.linkDestinations.contains("https://twitter.com/neutralthoughts"));
    assertTrue(read.linkDestinations.contains("mailto:richard.hendriks@mail.com"));
    assertEveryValueIn(
        read.blocks.stream().map(MarkdownBlocks.Block::text).reduce("", (a, b) -> a + " " + b),
        "markdown");
  }

  @Test
  void htmlLabelsEveryFactAndPutsContactsInTheHeader() throws Exception {
    String html = Renderers.characterRenderer("html").render(CV);
    Document document = Jsoup.parse(html);

    assertEquals(List.of(), Html5Validator.problems(html));
    assertEquals(titles(), document.select("h2").eachText());
    Element header = document.selectFirst("header");
    assertEquals(
        "@neutralthoughts",
        header.selectFirst("li.profile a[href=https://twitter.com/neutralthoughts]").text());
    assertEquals("Twitter: @neutralthoughts", header.select("li.profile").first().text());
    assertEquals(ADDRESS, header.selectFirst("li.location").text());
    assertEquals("(912) 555-4321", header.selectFirst("li.phone a[href=tel:9125554321]").text());
    assertEquals("Score: 4.0", document.selectFirst(".education .facts").text());
    assertEquals(
        "Courses: DB1101 - Basic SQL, CS2011 - Java Introduction",
        document.selectFirst(".education .keywords").text());
    assertEquals("Awarded by Techcrunch", document.selectFirst(".award .role").text());
    assertEquals("Issued by CNCF", document.selectFirst(".certificate .role").text());
    assertEquals("Published by Hooli", document.selectFirst(".publication .role").text());
    assertEquals(
        List.of(
            "Web Development — Master: HTML, CSS, Javascript",
            "Compression — Master: Mpeg, MP4, GIF"),
        document.select(".skill .line").eachText());
    assertEquals("English — Native speaker", document.selectFirst(".language .line").text());
    assertEquals("Wildlife: Ferrets, Unicorns", document.selectFirst(".interest .line").text());
    assertEquals("— Erlich Bachman", document.selectFirst(".reference .referee").text());
    assertEveryValueIn(document.text(), "html");
    for (String url : urls()) {
      assertFalse(document.select("a[href=" + url + "]").isEmpty(), url);
    }
  }

  @Test
  void plainTextLabelsEveryFactAndListsContactsUnderTheName() {
    String text = Renderers.characterRenderer("text").render(CV);
    List<String> lines = text.lines().toList();

    assertEquals("Programmer", lines.get(3));
    assertTrue(lines.contains("richard.hendriks@mail.com"), text);
    assertTrue(lines.contains("Twitter: @neutralthoughts <https://twitter.com/neutralthoughts>"), text);
    assertTrue(lines.contains(ADDRESS), text);
    for (String line :
        List.of(
            "Score: 4.0",
            "Courses: DB1101 - Basic SQL, CS2011 - Java Introduction",
            "Awarded by Techcrunch • Nov. '14",
            "- Web Development — Master: HTML, CSS, Javascript",
            "- English — Native speaker",
            "- Wildlife: Ferrets, Unicorns",
            "— Erlich Bachman")) {
      assertTrue(lines.contains(line), () -> line + " in\n" + text);
    }
    assertEveryValueIn(text, "text");
  }

  @Test
  void aLongSkillLineWrapsUnderItsText() {
    String text =
        Renderers.characterRenderer("text", RenderOptions.defaults().withWidth(30)).render(CV);

    assertTrue(
        text.contains("- Web Development — Master:\n  HTML, CSS, Javascript\n"), text);
  }

  @Test
  void noFormatAddsASectionTheAuthorDidNotWrite() {
    for (String id : List.of("markdown", "html", "text")) {
      String output = Renderers.characterRenderer(id).render(CV);
      assertFalse(output.contains("Social Links"), id);
    }
  }

  private static List<String> titles() {
    return CV.sections().stream().map(Section::title).toList();
  }

  /** Each value the author wrote, shown in the document (whitespace collapsed, as read). */
  private static void assertEveryValueIn(String document, String format) {
    String shown = TrickyText.collapse(document);
    for (String value : values(CV)) {
      assertTrue(shown.contains(TrickyText.collapse(value)), () -> format + " lacks " + value);
    }
  }

  /**
   * Every string and paragraph in the CV, found by reflection over the model's records, but for
   * those each format shows in a form of its own: the language tag, the country code (shown as the
   * country's name), dates and URLs.
   */
  private static List<String> values(Object node) {
    List<String> values = new ArrayList<>();
    collect(node, values);
    return values;
  }

  private static void collect(Object node, List<String> values) {
    if (node instanceof String string) {
      values.add(string);
    } else if (node instanceof Text text) {
      values.add(text.plainText());
    } else if (node instanceof Optional<?> optional) {
      optional.ifPresent(value -> collect(value, values));
    } else if (node instanceof List<?> list) {
      list.forEach(value -> collect(value, values));
    } else if (node instanceof Record record
        && !(node instanceof Url || node instanceof CvDate || node instanceof Dates)) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        String name = component.getName();
        if (name.equals("language") && record instanceof Cv || name.equals("countryCode")) {
          continue;
        }
        try {
          collect(component.getAccessor().invoke(record), values);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  private static List<String> urls() {
    List<String> urls = new ArrayList<>();
    collectUrls(CV, urls);
    return urls;
  }

  private static void collectUrls(Object node, List<String> urls) {
    if (node instanceof Url url) {
      urls.add(url.value());
    } else if (node instanceof Optional<?> optional) {
      optional.ifPresent(value -> collectUrls(value, urls));
    } else if (node instanceof List<?> list) {
      list.forEach(value -> collectUrls(value, urls));
    } else if (node instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          collectUrls(component.getAccessor().invoke(record), urls);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
