package io.github.cvdsl.jsonresume;

import io.github.cvdsl.model.Award;
import io.github.cvdsl.model.Certificate;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Education;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Highlight;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Interest;
import io.github.cvdsl.model.Item;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Language;
import io.github.cvdsl.model.Location;
import io.github.cvdsl.model.Profile;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Publication;
import io.github.cvdsl.model.Reference;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Skill;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.model.Volunteer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON Resume document of one CV. Keys are set in the schema's order, and the tree keeps
 * the order they were set in, so the same CV always gives the same text. Empty values are left out
 * rather than written as {@code ""} or {@code []}.
 */
final class ResumeTree {
  static final String EXTENSION = "x-cvdsl";

  /** The version of what the extension property holds; a reader checks it before trusting it. */
  static final int EXTENSION_VERSION = 1;

  /** JSON Resume's entry arrays, in the schema's order. */
  private static final List<String> ARRAYS =
      List.of(
          "work",
          "volunteer",
          "education",
          "awards",
          "certificates",
          "publications",
          "skills",
          "languages",
          "interests",
          "references",
          "projects");

  /** Marks a nested bullet among the flat highlights; not "- ", which Markdown reads as a list. */
  static final String DETAIL_PREFIX = "– ";

  /** The years the schema's date pattern accepts: {@code [1-2][0-9]{3}}. */
  private static final int FIRST_YEAR = 1000;

  private static final int LAST_YEAR = 2999;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, ArrayNode> arrays = new HashMap<>();

  private ResumeTree() {}

  static ObjectNode of(Cv cv) {
    return new ResumeTree().resume(cv);
  }

  private ObjectNode resume(Cv cv) {
    ObjectNode root = NODES.objectNode();
    root.set("basics", basics(cv));
    ArrayNode sections = NODES.arrayNode();
    for (Section section : cv.sections()) {
      sections.add(section(section, sections.size()));
    }
    for (String name : ARRAYS) {
      ArrayNode entries = arrays.get(name);
      if (entries != null) {
        root.set(name, entries);
      }
    }
    ObjectNode extension = NODES.objectNode();
    extension.put("version", EXTENSION_VERSION);
    extension.put("language", cv.language());
    if (!cv.words().isEmpty()) {
      ObjectNode words = extension.putObject("words");
      for (Map.Entry<String, String> word : cv.words().entrySet()) {
        words.put(word.getKey(), word.getValue());
      }
    }
    if (!sections.isEmpty()) {
      extension.set("sections", sections);
    }
    root.set(EXTENSION, extension);
    return root;
  }

  private ObjectNode basics(Cv cv) {
    ObjectNode basics = NODES.objectNode();
    ObjectNode basicsExtension = NODES.objectNode();
    basics.put("name", cv.name());
    put(basics, "label", cv.label());
    put(basics, "email", cv.email());
    put(basics, "phone", cv.phone());
    putUrl(basics, "url", basicsExtension, "website", cv.website());
    paragraphs(basics, "summary", basicsExtension, "summary", cv.summary());
    cv.location().map(ResumeTree::location).filter(node -> !node.isEmpty()).ifPresent(node -> basics.set("location", node));
    if (!cv.profiles().isEmpty()) {
      ArrayNode profiles = basics.putArray("profiles");
      for (Profile profile : cv.profiles()) {
        ObjectNode node = profiles.addObject();
        node.put("network", profile.network());
        put(node, "username", profile.username());
        ObjectNode extension = NODES.objectNode();
        putUrl(node, "url", extension, "url", Optional.of(profile.url()));
        withExtension(node, extension);
      }
    }
    return withExtension(basics, basicsExtension);
  }

  private static ObjectNode location(Location location) {
    ObjectNode node = NODES.objectNode();
    put(node, "address", location.address());
    put(node, "postalCode", location.postalCode());
    put(node, "city", location.city());
    put(node, "countryCode", location.countryCode());
    put(node, "region", location.region());
    return node;
  }

  private ObjectNode section(Section section, int index) {
    ObjectNode node = NODES.objectNode();
    node.put("title", section.title());
    if (!section.summary().isEmpty()) {
      node.set("summary", InlineText.paragraphs(section.summary()));
    }
    if (!section.highlights().isEmpty()) {
      node.set("highlights", groups(section.highlights()));
    }
    ArrayNode entries = NODES.arrayNode();
    ArrayNode items = NODES.arrayNode();
    for (Entry entry : section.entries()) {
      if (entry instanceof Item item) {
        entries.add("/" + EXTENSION + "/sections/" + index + "/items/" + items.size());
        items.add(item(item));
      } else {
        entries.add(standardEntry(entry));
      }
    }
    if (!entries.isEmpty()) {
      node.set("entries", entries);
    }
    if (!items.isEmpty()) {
      node.set("items", items);
    }
    return node;
  }

  /** Adds the entry to its kind's array and returns its JSON Pointer, e.g. {@code "/work/0"}. */
  private String standardEntry(Entry entry) {
    ObjectNode node = NODES.objectNode();
    ObjectNode extension = NODES.objectNode();
    String array;
    if (entry instanceof Job job) {
      array = "work";
      node.put("name", job.organisation());
      put(node, "location", job.location());
      put(node, "description", job.description());
      node.put("position", job.position());
      putUrl(node, "url", extension, "url", job.url());
      dates(node, extension, job.dates());
      paragraphs(node, "summary", extension, "summary", job.summary());
      highlights(node, extension, job.highlights());
    } else if (entry instanceof Volunteer volunteer) {
      array = "volunteer";
      node.put("organization", volunteer.organisation());
      node.put("position", volunteer.position());
      putUrl(node, "url", extension, "url", volunteer.url());
      dates(node, extension, volunteer.dates());
      paragraphs(node, "summary", extension, "summary", volunteer.summary());
      highlights(node, extension, volunteer.highlights());
    } else if (entry instanceof Education education) {
      array = "education";
      node.put("institution", education.institution());
      putUrl(node, "url", extension, "url", education.url());
      put(node, "area", education.area());
      put(node, "studyType", education.studyType());
      dates(node, extension, education.dates());
      put(node, "score", education.score());
      putStrings(node, "courses", education.courses());
      paragraphs(null, null, extension, "summary", education.summary());
      extensionHighlights(extension, education.highlights());
    } else if (entry instanceof Award award) {
      array = "awards";
      node.put("title", award.title());
      date(node, "date", extension, "date", award.date());
      put(node, "awarder", award.awarder());
      paragraphs(node, "summary", extension, "summary", award.summary());
      extensionHighlights(extension, award.highlights());
    } else if (entry instanceof Certificate certificate) {
      array = "certificates";
      node.put("name", certificate.name());
      date(node, "date", extension, "date", certificate.date());
      putUrl(node, "url", extension, "url", certificate.url());
      put(node, "issuer", certificate.issuer());
      extensionHighlights(extension, certificate.highlights());
    } else if (entry instanceof Publication publication) {
      array = "publications";
      node.put("name", publication.name());
      put(node, "publisher", publication.publisher());
      date(node, "releaseDate", extension, "releaseDate", publication.releaseDate());
      putUrl(node, "url", extension, "url", publication.url());
      paragraphs(node, "summary", extension, "summary", publication.summary());
      extensionHighlights(extension, publication.highlights());
    } else if (entry instanceof Skill skill) {
      array = "skills";
      node.put("name", skill.name());
      put(node, "level", skill.level());
      putStrings(node, "keywords", skill.keywords());
      paragraphs(null, null, extension, "summary", skill.summary());
      extensionHighlights(extension, skill.highlights());
    } else if (entry instanceof Language language) {
      array = "languages";
      node.put("language", language.language());
      put(node, "fluency", language.fluency());
      extensionHighlights(extension, language.highlights());
    } else if (entry instanceof Interest interest) {
      array = "interests";
      node.put("name", interest.name());
      putStrings(node, "keywords", interest.keywords());
      extensionHighlights(extension, interest.highlights());
    } else if (entry instanceof Reference reference) {
      array = "references";
      node.put("name", reference.name());
      paragraphs(node, "reference", extension, "reference", reference.reference());
      extensionHighlights(extension, reference.highlights());
    } else if (entry instanceof Project project) {
      array = "projects";
      node.put("name", project.name());
      paragraphs(node, "description", extension, "summary", project.summary());
      highlights(node, extension, project.highlights());
      putStrings(node, "keywords", project.keywords());
      dates(node, extension, project.dates());
      putUrl(node, "url", extension, "url", project.url());
      putStrings(node, "roles", project.roles());
      put(node, "entity", project.entity());
      put(node, "type", project.type());
    } else {
      throw new AssertionError("not a JSON Resume kind: " + entry);
    }
    ArrayNode entries = arrays.computeIfAbsent(array, name -> NODES.arrayNode());
    entries.add(withExtension(node, extension));
    return "/" + array + "/" + (entries.size() - 1);
  }

  /** An {@code @Item}, which no JSON Resume array holds: its annotation's elements, as written. */
  private static ObjectNode item(Item item) {
    ObjectNode node = NODES.objectNode();
    node.put("title", item.title());
    put(node, "subtitle", item.subtitle());
    dslDates(node, item.dates());
    item.url().ifPresent(url -> node.put("url", url.value()));
    if (!item.summary().isEmpty()) {
      node.set("summary", InlineText.paragraphs(item.summary()));
    }
    if (!item.highlights().isEmpty()) {
      node.set("highlights", groups(item.highlights()));
    }
    return node;
  }

  /**
   * Writes {@code startDate} and {@code endDate}. A single date is written as both, since a theme
   * reads a lone {@code startDate} as "until now"; the extension then says it is one date.
   */
  private static void dates(ObjectNode node, ObjectNode extension, Dates dates) {
    if (dates instanceof Dates.None) {
      return;
    }
    CvDate start;
    CvDate end;
    if (dates instanceof Dates.Single single) {
      start = single.date();
      end = single.date();
    } else if (dates instanceof Dates.Range range) {
      start = range.start();
      end = range.end();
    } else if (dates instanceof Dates.Ongoing ongoing) {
      start = ongoing.start();
      end = null;
    } else {
      throw new AssertionError(dates);
    }
    schemaDate(start).ifPresent(date -> node.put("startDate", date));
    if (end != null) {
      schemaDate(end).ifPresent(date -> node.put("endDate", date));
    }
    boolean exact =
        !(dates instanceof Dates.Single) && isExact(start) && (end == null || isExact(end));
    if (!exact) {
      dslDates(extension, dates);
    }
  }

  /** The dates as the DSL's {@code start} and {@code end} elements are written. */
  private static void dslDates(ObjectNode node, Dates dates) {
    if (dates instanceof Dates.Single single) {
      node.put("start", dsl(single.date()));
    } else if (dates instanceof Dates.Range range) {
      node.put("start", dsl(range.start()));
      node.put("end", dsl(range.end()));
    } else if (dates instanceof Dates.Ongoing ongoing) {
      node.put("start", dsl(ongoing.start()));
      node.put("end", "present");
    }
  }

  private static void date(
      ObjectNode node, String field, ObjectNode extension, String element, Optional<CvDate> date) {
    date.ifPresent(
        value -> {
          schemaDate(value).ifPresent(iso -> node.put(field, iso));
          if (!isExact(value)) {
            extension.put(element, dsl(value));
          }
        });
  }

  /** Whether the schema's field says all of the date. */
  private static boolean isExact(CvDate date) {
    return !date.approximate() && schemaDate(date).isPresent();
  }

  private static Optional<String> schemaDate(CvDate date) {
    return date.year() >= FIRST_YEAR && date.year() <= LAST_YEAR
        ? Optional.of(date.iso())
        : Optional.empty();
  }

  /** A date as the DSL writes it, e.g. {@code "~2004"}. */
  private static String dsl(CvDate date) {
    return (date.approximate() ? "~" : "") + date.iso();
  }

  /**
   * Writes the paragraphs as Markdown in the standard field, if the kind has one ({@code field} not
   * null), and as spans in the extension unless the standard field says it all.
   */
  private static void paragraphs(
      ObjectNode node, String field, ObjectNode extension, String element, List<Text> paragraphs) {
    if (paragraphs.isEmpty()) {
      return;
    }
    if (field != null) {
      node.put(field, InlineText.markdown(paragraphs));
    }
    if (field == null || !InlineText.isOnePlainParagraph(paragraphs)) {
      extension.set(element, InlineText.paragraphs(paragraphs));
    }
  }

  /**
   * Flattens the bullets into {@code highlights}, a group's title and each nested bullet being a
   * line of their own; the groups go to the extension unless the flat list says it all.
   */
  private static void highlights(ObjectNode node, ObjectNode extension, List<HighlightGroup> groups) {
    if (groups.isEmpty()) {
      return;
    }
    ArrayNode flat = node.putArray("highlights");
    boolean structured = groups.size() > 1;
    for (HighlightGroup group : groups) {
      if (group.title().isPresent()) {
        structured = true;
        flat.add(InlineText.markdown(group.title().get()));
      }
      for (Highlight highlight : group.highlights()) {
        structured |= !highlight.details().isEmpty() || !InlineText.isPlain(highlight.text());
        flat.add(InlineText.markdown(highlight.text()));
        for (Text detail : highlight.details()) {
          structured |= !InlineText.isPlain(detail);
          flat.add(DETAIL_PREFIX + InlineText.markdown(detail));
        }
      }
    }
    if (structured) {
      extension.set("highlights", groups(groups));
    }
  }

  /** Bullets of a kind whose JSON Resume object has no {@code highlights}. */
  private static void extensionHighlights(ObjectNode extension, List<HighlightGroup> groups) {
    if (!groups.isEmpty()) {
      extension.set("highlights", groups(groups));
    }
  }

  /**
   * Groups as {@code [{"title": p, "highlights": [{"text": p, "details": [p, ...]}]}]}, each {@code
   * p} a {@linkplain InlineText#paragraph paragraph}; a title or details left out when there are
   * none.
   */
  private static ArrayNode groups(List<HighlightGroup> groups) {
    ArrayNode out = NODES.arrayNode();
    for (HighlightGroup group : groups) {
      ObjectNode node = out.addObject();
      group.title().ifPresent(title -> node.set("title", InlineText.paragraph(title)));
      ArrayNode highlights = node.putArray("highlights");
      for (Highlight highlight : group.highlights()) {
        ObjectNode bullet = highlights.addObject();
        bullet.set("text", InlineText.paragraph(highlight.text()));
        if (!highlight.details().isEmpty()) {
          bullet.set("details", InlineText.paragraphs(highlight.details()));
        }
      }
    }
    return out;
  }

  private static ObjectNode withExtension(ObjectNode node, ObjectNode extension) {
    if (!extension.isEmpty()) {
      node.set(EXTENSION, extension);
    }
    return node;
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    value.ifPresent(text -> node.put(field, text));
  }

  /**
   * Writes the URL as the schema's {@code uri} format wants it, RFC 3986 ASCII: a URL the DSL
   * accepts may hold other characters ("https://example.org/パス"), which are percent-encoded here,
   * naming the same resource; the URL as written then goes to the extension.
   */
  private static void putUrl(
      ObjectNode node, String field, ObjectNode extension, String element, Optional<Url> url) {
    url.ifPresent(
        value -> {
          String ascii = ascii(value.value());
          node.put(field, ascii);
          if (!ascii.equals(value.value())) {
            extension.put(element, value.value());
          }
        });
  }

  private static String ascii(String url) {
    try {
      return new URI(url).toASCIIString();
    } catch (URISyntaxException e) {
      // The processor checked it; a model built by hand keeps what it was given.
      return url;
    }
  }

  private static void putStrings(ObjectNode node, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(field);
      values.forEach(array::add);
    }
  }
}
