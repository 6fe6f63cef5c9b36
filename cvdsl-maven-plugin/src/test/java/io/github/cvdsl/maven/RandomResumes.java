package io.github.cvdsl.maven;

import java.util.List;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid JSON Resume documents drawn from a seed: any section, each optional field present or not,
 * text with Unicode, Markdown-like characters and the DSL's markup, dates in every form.
 */
final class RandomResumes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final List<String> WORDS =
      List.of(
          "CDN", "naïve", "東京", "Zoë", "Ångström", "50%", "snake_case", "_under_", "a&b", "<b>",
          "\"quoted\"", "it's", "C:\\dir", "x^2", "#tag", "~tilde", "€5", "—", "emoji🎉", "C++",
          "built", "and", "the", "of", "Python", "Go");

  private static final List<String> MARKUP =
      List.of(
          "**bold**", "*emphasis*", "`code`", "[a link](https://example.org/page)", "**x** y",
          "**bold *and em***");

  private static final List<String> SECTIONS =
      List.of(
          "work", "volunteer", "education", "awards", "certificates", "publications", "skills",
          "languages", "interests", "references", "projects");

  private final Random random;

  private RandomResumes(long seed) {
    this.random = new Random(seed);
  }

  static String resume(long seed) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(new RandomResumes(seed).resume());
  }

  private ObjectNode resume() {
    ObjectNode root = NODES.objectNode();
    ObjectNode basics = root.putObject("basics");
    basics.put("name", plain());
    maybe(() -> basics.put("label", plain()));
    maybe(() -> basics.put("email", "someone@example.org"));
    maybe(() -> basics.put("phone", "+44 117 496 0000"));
    maybe(() -> basics.put("url", url()));
    maybe(() -> basics.put("summary", prose()));
    maybe(() -> {
      ObjectNode location = basics.putObject("location");
      location.put("city", plain());
      maybe(() -> location.put("countryCode", pick(List.of("GB", "JP", "FR", "US"))));
      maybe(() -> location.put("region", plain()));
    });
    maybe(() -> {
      ArrayNode profiles = basics.putArray("profiles");
      for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
        ObjectNode profile = profiles.addObject();
        profile.put("network", plain());
        maybe(() -> profile.put("username", plain()));
        profile.put("url", url());
      }
    });
    List<String> order = new java.util.ArrayList<>(SECTIONS);
    java.util.Collections.shuffle(order, random);
    int sections = 1 + random.nextInt(4);
    for (String section : order.subList(0, sections)) {
      ArrayNode entries = root.putArray(section);
      for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
        entries.add(entry(section));
      }
    }
    return root;
  }

  private ObjectNode entry(String section) {
    ObjectNode node = NODES.objectNode();
    switch (section) {
      case "work" -> {
        node.put("name", plain());
        node.put("position", plain());
        dates(node, true);
        maybe(() -> node.put("location", plain()));
        maybe(() -> node.put("description", plain()));
        maybe(() -> node.put("url", url()));
        maybe(() -> node.put("summary", prose()));
        maybe(() -> highlights(node));
      }
      case "volunteer" -> {
        node.put("organization", plain());
        node.put("position", plain());
        dates(node, true);
        maybe(() -> node.put("url", url()));
        maybe(() -> node.put("summary", prose()));
        maybe(() -> highlights(node));
      }
      case "education" -> {
        node.put("institution", plain());
        maybe(() -> node.put("area", plain()));
        maybe(() -> node.put("studyType", plain()));
        maybe(() -> dates(node, false));
        maybe(() -> node.put("score", plain()));
        maybe(() -> strings(node, "courses"));
        maybe(() -> node.put("url", url()));
      }
      case "awards" -> {
        node.put("title", plain());
        maybe(() -> node.put("date", date()));
        maybe(() -> node.put("awarder", plain()));
        maybe(() -> node.put("summary", prose()));
      }
      case "certificates" -> {
        node.put("name", plain());
        maybe(() -> node.put("date", date()));
        maybe(() -> node.put("issuer", plain()));
        maybe(() -> node.put("url", url()));
      }
      case "publications" -> {
        node.put("name", plain());
        maybe(() -> node.put("publisher", plain()));
        maybe(() -> node.put("releaseDate", date()));
        maybe(() -> node.put("url", url()));
        maybe(() -> node.put("summary", prose()));
      }
      case "skills" -> {
        node.put("name", plain());
        maybe(() -> node.put("level", plain()));
        maybe(() -> strings(node, "keywords"));
      }
      case "languages" -> {
        node.put("language", plain());
        maybe(() -> node.put("fluency", plain()));
      }
      case "interests" -> {
        node.put("name", plain());
        maybe(() -> strings(node, "keywords"));
      }
      case "references" -> {
        node.put("name", plain());
        node.put("reference", prose());
      }
      case "projects" -> {
        node.put("name", plain());
        maybe(() -> node.put("description", prose()));
        maybe(() -> highlights(node));
        maybe(() -> strings(node, "keywords"));
        maybe(() -> dates(node, false));
        maybe(() -> node.put("url", url()));
        maybe(() -> strings(node, "roles"));
        maybe(() -> node.put("entity", plain()));
        maybe(() -> node.put("type", plain()));
      }
      default -> throw new AssertionError(section);
    }
    return node;
  }

  /** A start date, and an end date not before it or none ("until now"). */
  private void dates(ObjectNode node, boolean startRequired) {
    int year = 1990 + random.nextInt(30);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    node.put("startDate", dateIn(year, month, day));
    if (random.nextBoolean()) {
      node.put("endDate", dateIn(year + 1 + random.nextInt(5), month, day));
    }
  }

  private String date() {
    return dateIn(1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private String dateIn(int year, int month, int day) {
    return switch (random.nextInt(3)) {
      case 0 -> String.valueOf(year);
      case 1 -> String.format("%d-%02d", year, month);
      default -> String.format("%d-%02d-%02d", year, month, day);
    };
  }

  private void highlights(ObjectNode node) {
    ArrayNode highlights = node.putArray("highlights");
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      highlights.add(line());
    }
  }

  private void strings(ObjectNode node, String field) {
    ArrayNode array = node.putArray(field);
    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
      array.add(plain());
    }
  }

  private String url() {
    return "https://example.org/" + pick(List.of("a", "b/c", "d?e=f", "g#h"));
  }

  /** Plain text, taken as written: no markup is read in it. */
  private String plain() {
    StringBuilder out = new StringBuilder(pick(WORDS));
    for (int i = 0, n = random.nextInt(3); i < n; i++) {
      out.append(' ').append(pick(WORDS));
    }
    return out.toString();
  }

  /** One paragraph of words and the DSL's markup, words separated by single spaces. */
  private String line() {
    StringBuilder out = new StringBuilder(pick(WORDS));
    for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
      out.append(' ').append(random.nextInt(4) == 0 ? pick(MARKUP) : pick(WORDS));
    }
    return out.toString();
  }

  /** Paragraphs separated by a blank line. */
  private String prose() {
    StringBuilder out = new StringBuilder(line());
    for (int i = 0, n = random.nextInt(3); i < n; i++) {
      out.append("\n\n").append(line());
    }
    return out.toString();
  }

  private void maybe(Runnable field) {
    if (random.nextBoolean()) {
      field.run();
    }
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
