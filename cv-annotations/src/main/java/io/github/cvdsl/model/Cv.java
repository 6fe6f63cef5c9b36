package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A whole CV: who it is about, how to reach them, and its sections in the author's order.
 *
 * @param name the person's name
 * @param label a headline such as "Engineer"
 * @param email an e-mail address
 * @param phone a phone number, as written
 * @param website the person's own site
 * @param location where the person is
 * @param summary paragraphs about the person
 * @param profiles social and professional profiles, in the author's order
 * @param sections the sections, in the author's order
 * @param language the CV's language as a BCP 47 tag, e.g. {@code "en-GB"}
 * @param words the author's fixed words in place of the renderers' table for the language, by key
 *     (e.g. {@code "present"}), sorted by key
 */
public record Cv(
    String name,
    Optional<String> label,
    Optional<String> email,
    Optional<String> phone,
    Optional<Url> website,
    Optional<Location> location,
    List<Text> summary,
    List<Profile> profiles,
    List<Section> sections,
    String language,
    Map<String, String> words) {

  public Cv {
    requireNonNull(name, "name");
    requireNonNull(label, "label");
    requireNonNull(email, "email");
    requireNonNull(phone, "phone");
    requireNonNull(website, "website");
    requireNonNull(location, "location");
    summary = List.copyOf(summary);
    profiles = List.copyOf(profiles);
    sections = List.copyOf(sections);
    requireNonNull(language, "language");
    words = Collections.unmodifiableMap(new TreeMap<>(words));
  }

  /** A CV that keeps every fixed word of its language's table. */
  public Cv(
      String name,
      Optional<String> label,
      Optional<String> email,
      Optional<String> phone,
      Optional<Url> website,
      Optional<Location> location,
      List<Text> summary,
      List<Profile> profiles,
      List<Section> sections,
      String language) {
    this(
        name, label, email, phone, website, location, summary, profiles, sections, language,
        Map.of());
  }

  /** The locale that {@link #language()} names. */
  public Locale locale() {
    return Locale.forLanguageTag(language);
  }
}
