package io.github.cvdsl.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Item;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonResumeRendererTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonResumeRenderer RENDERER = new JsonResumeRenderer();

  private static JsonNode rendered(Cv cv) {
    return JSON.readTree(RENDERER.render(cv));
  }

  private static String text(JsonNode root, String pointer) {
    JsonNode node = root.at(pointer);
    assertTrue(node.isString(), () -> pointer + " is not a string: " + node);
    return node.asString();
  }

  private static void assertMissing(JsonNode root, String pointer) {
    assertTrue(root.at(pointer).isMissingNode(), () -> pointer + " is " + root.at(pointer));
  }

  private static List<String> strings(JsonNode root, String pointer) {
    List<String> values = new ArrayList<>();
    root.at(pointer).forEach(value -> values.add(value.asString()));
    return values;
  }

  @Test
  void isFoundByItsIdAndWritesJson() {
    Renderer renderer = Renderers.byId("json-resume");
    assertInstanceOf(JsonResumeRenderer.class, renderer);
    assertEquals("json", renderer.extension());
    assertTrue(Renderers.ids().contains("json-resume"), Renderers.ids()::toString);
  }

  @Test
  void theSchemaAcceptsEveryKindAndTheMinimalCv() {
    assertEquals(List.of(), JsonResumeSchema.problems(RENDERER.render(SampleCvs.everything())));
    assertEquals(List.of(), JsonResumeSchema.problems(RENDERER.render(SampleCvs.minimal())));
  }

  @Test
  void basicsLandInTheirFields() {
    JsonNode root = rendered(SampleCvs.everything());
    assertEquals("Zoë Ångström-李 ‏עברית‎ 🚀", text(root, "/basics/name"));
    assertEquals("Engineer", text(root, "/basics/label"));
    assertEquals("zoe@example.org", text(root, "/basics/email"));
    assertEquals("+44 117 496 0000", text(root, "/basics/phone"));
    assertEquals("https://zoe.example.org", text(root, "/basics/url"));
    assertEquals("1 Quay St\nFlat 2", text(root, "/basics/location/address"));
    assertEquals("BS1 4DJ", text(root, "/basics/location/postalCode"));
    assertEquals("Bristol", text(root, "/basics/location/city"));
    assertEquals("GB", text(root, "/basics/location/countryCode"));
    assertEquals("Bristol", text(root, "/basics/location/region"));
    assertEquals("GitHub", text(root, "/basics/profiles/0/network"));
    assertEquals("zoe", text(root, "/basics/profiles/0/username"));
    assertEquals("https://github.com/zoe", text(root, "/basics/profiles/0/url"));
    assertMissing(root, "/basics/profiles/1/username");
    assertMissing(root, "/basics/x-cvdsl/website");
    assertEquals(
        "I build CDNs.\n\n" + SampleCvs.MARKUP_MARKDOWN, text(root, "/basics/summary"));
    assertEquals("I build CDNs.", text(root, "/basics/x-cvdsl/summary/0"));
    assertEquals("Pelican", text(root, "/basics/x-cvdsl/summary/1/1/strong/0"));
    assertEquals("en-GB", text(root, "/x-cvdsl/language"));
    assertEquals(1, root.at("/x-cvdsl/version").asInt());
  }

  @Test
  void theAuthorsWordsAreKeptInTheExtensionOnlyWhenSet() {
    Cv cv = SampleCvs.minimal();
    Cv withWords =
        new Cv(
            cv.name(), cv.label(), cv.email(), cv.phone(), cv.website(), cv.location(),
            cv.summary(), cv.profiles(), cv.sections(), "de",
            Map.of("present", "jetzt", "rangeSeparator", " bis "));
    JsonNode root = rendered(withWords);

    assertEquals("jetzt", text(root, "/x-cvdsl/words/present"));
    assertEquals(" bis ", text(root, "/x-cvdsl/words/rangeSeparator"));
    assertMissing(rendered(cv), "/x-cvdsl/words");
    assertEquals(List.of(), JsonResumeSchema.problems(RENDERER.render(withWords)));
  }

  @Test
  void eachKindLandsInItsArrayWithItsFields() {
    JsonNode root = rendered(SampleCvs.everything());
    assertEquals("BBC", text(root, "/work/0/name"));
    assertEquals("Engineer", text(root, "/work/0/position"));
    assertEquals("Salford, GB", text(root, "/work/0/location"));
    assertEquals("Public broadcaster", text(root, "/work/0/description"));
    assertEquals("https://www.bbc.co.uk", text(root, "/work/0/url"));
    assertEquals("2019-08", text(root, "/work/0/startDate"));
    assertEquals("2021-03", text(root, "/work/0/endDate"));
    assertEquals("Building the BIDI CDN for iPlayer.", text(root, "/work/0/summary"));
    assertEquals("Ünïcødé Ltd 🚀", text(root, "/work/1/name"));
    assertEquals("Lead \"quoted\" \\ engineer", text(root, "/work/1/position"));

    assertEquals("PyCon UK", text(root, "/volunteer/0/organization"));
    assertEquals("Volunteer", text(root, "/volunteer/0/position"));
    assertEquals("https://pyconuk.org", text(root, "/volunteer/0/url"));
    assertEquals("Ran the door.", text(root, "/volunteer/0/summary"));
    assertEquals(List.of("Badges"), strings(root, "/volunteer/0/highlights"));

    assertEquals("Université de Montréal", text(root, "/education/0/institution"));
    assertEquals("https://www.umontreal.ca/d%C3%A9partement", text(root, "/education/0/url"));
    assertEquals("Computer Science", text(root, "/education/0/area"));
    assertEquals("Bachelor", text(root, "/education/0/studyType"));
    assertEquals("2001", text(root, "/education/0/startDate"));
    assertEquals("2004", text(root, "/education/0/endDate"));
    assertEquals("First", text(root, "/education/0/score"));
    assertEquals(List.of("Compilers", "Networks"), strings(root, "/education/0/courses"));

    assertEquals("Hack of the year", text(root, "/awards/0/title"));
    assertEquals("2020-05-17", text(root, "/awards/0/date"));
    assertEquals("BBC R&D", text(root, "/awards/0/awarder"));
    assertEquals(SampleCvs.MARKUP_MARKDOWN, text(root, "/awards/0/summary"));

    assertEquals("CKA", text(root, "/certificates/0/name"));
    assertEquals("2018-03", text(root, "/certificates/0/date"));
    assertEquals("CNCF", text(root, "/certificates/0/issuer"));
    assertEquals("https://www.cncf.io/cka", text(root, "/certificates/0/url"));

    assertEquals("On very old caches", text(root, "/publications/0/name"));
    assertEquals("Annals", text(root, "/publications/0/publisher"));
    assertEquals("https://example.org/paper", text(root, "/publications/0/url"));
    assertEquals("Reprinted.", text(root, "/publications/0/summary"));

    assertEquals("Linux", text(root, "/skills/0/name"));
    assertEquals("Master", text(root, "/skills/0/level"));
    assertEquals(List.of("Debian/Ubuntu", "RHEL/CentOS"), strings(root, "/skills/0/keywords"));
    assertEquals("Go", text(root, "/skills/1/name"));

    assertEquals("English", text(root, "/languages/0/language"));
    assertEquals("Native speaker", text(root, "/languages/0/fluency"));
    assertEquals("日本語", text(root, "/languages/1/language"));
    assertMissing(root, "/languages/1/fluency");

    assertEquals("Video", text(root, "/interests/0/name"));
    assertEquals(List.of("encoding", "streaming"), strings(root, "/interests/0/keywords"));

    assertEquals("Ada", text(root, "/references/0/name"));
    assertEquals(
        "A great colleague.\n\n" + SampleCvs.MARKUP_MARKDOWN, text(root, "/references/0/reference"));

    assertEquals("wikmd", text(root, "/projects/0/name"));
    assertEquals("A file-based wiki.", text(root, "/projects/0/description"));
    assertEquals("MAP", text(root, "/projects/1/name"));
    assertEquals("A marketing platform.", text(root, "/projects/1/description"));
    assertEquals(List.of("Send engines", "Tracking"), strings(root, "/projects/1/highlights"));
    assertEquals(List.of("Python", "RabbitMQ"), strings(root, "/projects/1/keywords"));
    assertEquals("2012-01-02", text(root, "/projects/1/startDate"));
    assertEquals("2014-12-31", text(root, "/projects/1/endDate"));
    assertEquals("https://example.org/map", text(root, "/projects/1/url"));
    assertEquals(List.of("Architect", "Lead Developer"), strings(root, "/projects/1/roles"));
    assertEquals("Tangent", text(root, "/projects/1/entity"));
    assertEquals("application", text(root, "/projects/1/type"));
  }

  @Test
  void datesTakeTheSchemasFormsAndTheExtensionSaysWhatTheyCannot() {
    JsonNode root = rendered(SampleCvs.everything());
    // An exact range and an open range need no extension.
    assertMissing(root, "/work/0/x-cvdsl/start");
    assertEquals("2021-04-06", text(root, "/work/1/startDate"));
    assertMissing(root, "/work/1/endDate");
    assertMissing(root, "/work/1/x-cvdsl");
    // One approximate date: both standard fields, so no theme reads it as "until now".
    assertEquals("2004", text(root, "/volunteer/0/startDate"));
    assertEquals("2004", text(root, "/volunteer/0/endDate"));
    assertEquals("~2004", text(root, "/volunteer/0/x-cvdsl/start"));
    assertMissing(root, "/volunteer/0/x-cvdsl/end");
    assertEquals("~2018-03", text(root, "/certificates/0/x-cvdsl/date"));
    assertMissing(root, "/awards/0/x-cvdsl/date");
    // A year the schema's pattern cannot hold stays out of the standard field.
    assertMissing(root, "/publications/0/releaseDate");
    assertEquals("0999", text(root, "/publications/0/x-cvdsl/releaseDate"));
    assertMissing(root, "/projects/0/startDate");
  }

  @Test
  void aUrlBeyondAsciiIsPercentEncodedForTheSchemaAndKeptAsWrittenInTheExtension() {
    JsonNode root = rendered(SampleCvs.everything());
    assertEquals("https://mastodon.social/@zo%C3%AB", text(root, "/basics/profiles/1/url"));
    assertEquals("https://mastodon.social/@zoë", text(root, "/basics/profiles/1/x-cvdsl/url"));
    assertEquals("https://www.umontreal.ca/département", text(root, "/education/0/x-cvdsl/url"));
    assertMissing(root, "/basics/profiles/0/x-cvdsl");
    assertMissing(root, "/work/0/x-cvdsl/url");
  }

  @Test
  void groupsAndNestedBulletsAreFlattenedReadablyAndKeptInTheExtension() {
    JsonNode root = rendered(SampleCvs.everything());
    assertEquals(
        List.of(
            "Engineering leadership;",
            "Took on operational duties, including:",
            "– Incident response",
            "– " + SampleCvs.MARKUP_MARKDOWN,
            "Mentoring",
            "\\*\\*Not bold\\*\\*: this bullet is plain text."),
        strings(root, "/work/0/highlights"));
    String groups = "/work/0/x-cvdsl/highlights";
    assertEquals("Engineering leadership;", text(root, groups + "/0/title"));
    assertEquals(
        "Took on operational duties, including:", text(root, groups + "/0/highlights/0/text"));
    assertEquals("Incident response", text(root, groups + "/0/highlights/0/details/0"));
    assertEquals("care", text(root, groups + "/0/highlights/0/details/1/3/emphasis/0"));
    assertMissing(root, groups + "/0/highlights/1/details");
    assertMissing(root, groups + "/1/title");
    assertEquals(
        "**Not bold**: this bullet is plain text.", text(root, groups + "/1/highlights/0/text"));
    // A plain list says it all.
    assertMissing(root, "/projects/1/x-cvdsl");
    // Kinds without highlights in the schema keep theirs in the extension only.
    assertMissing(root, "/education/0/highlights");
    assertEquals(
        "Prize for the thesis", text(root, "/education/0/x-cvdsl/highlights/0/highlights/0/text"));
    assertEquals("Reading", text(root, "/languages/1/x-cvdsl/highlights/0/highlights/0/text"));
  }

  @Test
  void markupIsMarkdownInTheStandardFieldAndSpansInTheExtension() {
    JsonNode root = rendered(SampleCvs.everything());
    JsonNode spans = root.at("/awards/0/x-cvdsl/summary/0");
    assertEquals("Built ", spans.get(0).asString());
    assertEquals("Pelican", text(spans, "/1/strong/0"));
    assertEquals("care", text(spans, "/3/emphasis/0"));
    assertEquals("the ", text(spans, "/5/link/0"));
    assertEquals("docs", text(spans, "/5/link/1/strong/0"));
    assertEquals("https://example.org/docs", text(spans, "/5/url"));
    assertEquals("a*b", text(spans, "/7/code"));
    assertEquals(SampleCvs.LITERAL_MARKERS, spans.get(8).asString());
    assertEquals(9, spans.size());
    // Plain single paragraphs need no extension; kinds without the field always use it.
    assertMissing(root, "/work/0/x-cvdsl/summary");
    assertEquals("Since 1999.", text(root, "/skills/0/x-cvdsl/summary/0"));
    assertEquals("Thesis on caches.", text(root, "/education/0/x-cvdsl/summary/0"));
    assertEquals("A great colleague.", text(root, "/references/0/x-cvdsl/reference/0"));
    assertMissing(root, "/skills/1/x-cvdsl");
  }

  @Test
  void sectionsKeepTheirTitlesOrderAndWhatTheyHoldInTheExtension() {
    Cv cv = SampleCvs.everything();
    JsonNode root = rendered(cv);
    JsonNode sections = root.at("/x-cvdsl/sections");
    assertEquals(cv.sections().size(), sections.size());
    for (int s = 0; s < cv.sections().size(); s++) {
      Section section = cv.sections().get(s);
      JsonNode node = sections.get(s);
      assertEquals(section.title(), node.get("title").asString());
      assertEquals(section.entries().size(), node.path("entries").size(), section.title());
      for (int e = 0; e < section.entries().size(); e++) {
        String pointer = node.get("entries").get(e).asString();
        JsonNode target = root.at(pointer);
        assertTrue(target.isObject(), () -> pointer + " points at nothing");
        assertEquals(nameOf(section.entries().get(e)), firstValue(target), pointer);
      }
    }
    assertEquals(
        List.of(
            "/work/0", "/projects/0", "/x-cvdsl/sections/0/items/0", "/work/1"),
        strings(sections, "/0/entries"));
    assertEquals("Recent first.", text(sections, "/0/summary/0"));
    JsonNode item = root.at("/x-cvdsl/sections/0/items/0");
    assertEquals("Evenings", text(item, "/subtitle"));
    assertEquals("2022-01", text(item, "/start"));
    assertEquals("present", text(item, "/end"));
    assertEquals("https://side.example.org", text(item, "/url"));
    assertEquals("Pelican", text(item, "/summary/0/1/strong/0"));
    assertEquals("Two", text(item, "/highlights/0/highlights/1/text"));
    assertEquals("Programming", text(sections, "/6/highlights/0/highlights/0/text"));
    assertEquals("Elsewhere", text(sections, "/10/highlights/0/title"));
    assertEquals("Pelican", text(sections, "/10/summary/0/1/strong/0"));
    assertMissing(sections, "/10/entries");
  }

  private static String nameOf(Entry entry) {
    if (entry instanceof Item item) {
      return item.title();
    }
    // Every kind's first component is its name, title, organisation or language.
    try {
      return (String) entry.getClass().getRecordComponents()[0].getAccessor().invoke(entry);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static String firstValue(JsonNode object) {
    return object.iterator().next().asString();
  }

  @Test
  void leavesOutWhatIsEmpty() {
    String json = RENDERER.render(SampleCvs.minimal());
    JsonNode root = JSON.readTree(json);
    assertEquals(List.of(), empties(root, ""));
    assertEquals(List.of(), empties(rendered(SampleCvs.everything()), ""));
    assertEquals(List.of("name"), List.copyOf(root.get("basics").propertyNames()));
    assertEquals(List.of("basics", "x-cvdsl"), List.copyOf(root.propertyNames()));
  }

  private static List<String> empties(JsonNode node, String pointer) {
    List<String> found = new ArrayList<>();
    if ((node.isContainer() && node.isEmpty()) || (node.isString() && node.asString().isEmpty())) {
      found.add(pointer);
    }
    if (node.isObject()) {
      node.properties().forEach(p -> found.addAll(empties(p.getValue(), pointer + "/" + p.getKey())));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        found.addAll(empties(node.get(i), pointer + "/" + i));
      }
    }
    return found;
  }

  @Test
  void keysFollowTheSchemasOrder() {
    JsonNode root = rendered(SampleCvs.everything());
    assertEquals(
        List.of(
            "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
            "skills", "languages", "interests", "references", "projects", "x-cvdsl"),
        List.copyOf(root.propertyNames()));
    assertEquals(
        List.of(
            "name", "location", "description", "position", "url", "startDate", "endDate",
            "summary", "highlights", "x-cvdsl"),
        List.copyOf(root.at("/work/0").propertyNames()));
  }

  @Test
  void outputIsDeterministicUtf8WithFixedFormatting() throws Exception {
    Cv cv = SampleCvs.everything();
    String first = RENDERER.render(cv);
    assertEquals(first, new JsonResumeRenderer().render(SampleCvs.everything()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RENDERER.render(cv, bytes);
    assertEquals(first, bytes.toString(StandardCharsets.UTF_8));
    assertTrue(first.endsWith("}\n"));
    assertFalse(first.contains("\r"));
    assertTrue(first.contains("\"name\": \"Zoë Ångström-李 ‏עברית‎ 🚀\""), "raw UTF-8, not \\u escapes");
    assertEquals(
        """
        {
          "basics": {
            "name": "Kura"
          },
          "x-cvdsl": {
            "version": 1,
            "language": "en",
            "sections": [
              {
                "title": "Talks",
                "entries": [
                  "/x-cvdsl/sections/0/items/0"
                ],
                "items": [
                  {
                    "title": "A talk"
                  }
                ]
              }
            ]
          }
        }
        """,
        RENDERER.render(SampleCvs.minimal()));
  }
}
