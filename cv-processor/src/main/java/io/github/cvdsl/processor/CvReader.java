package io.github.cvdsl.processor;

import io.github.cvdsl.Cv;
import io.github.cvdsl.Section;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Location;
import io.github.cvdsl.model.Profile;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.Languages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Reads a {@link Cv} type, its sections and their entries into the model, reporting problems. */
final class CvReader {

  private final Elements elements;
  private final Reporter reporter;
  private final Values values;
  private final HighlightReader highlights;
  private final EntryReader entries;
  private final SourceLocator locator;

  /** Whether some part of the CV could not be read because javac rejected its code. */
  private boolean incomplete;

  CvReader(Elements elements, Reporter reporter, SourceLocator locator) {
    this.elements = elements;
    this.reporter = reporter;
    this.locator = locator;
    this.values = new Values(reporter);
    this.highlights = new HighlightReader(elements, values, reporter, locator);
    this.entries = new EntryReader(values);
  }

  /** An entry as read, with the element and annotation it came from. */
  record ReadEntry(TypeElement element, AnnotationMirror mirror, Entry entry) {}

  /** Every string of the CV read so far, with its site, in the order read. */
  List<Values.Read> readStrings() {
    return values.read();
  }

  /** Whether {@code @Cv(sections = ...)} names a type that javac cannot resolve (yet). */
  boolean refersToMissingTypes(TypeElement cvType) {
    return cvAnnotation(cvType).types("sections").stream().anyMatch(ref -> ref.type().isEmpty());
  }

  /**
   * The section types of the CV, in order: the listed ones when {@code sections} is given, else the
   * nested ones. Reports listing problems.
   */
  List<TypeElement> sectionTypes(TypeElement cvType) {
    AnnotationView cv = cvAnnotation(cvType);
    List<TypeElement> nested =
        ElementFilter.typesIn(cvType.getEnclosedElements()).stream()
            .filter(type -> Annotations.has(type, Section.class))
            .toList();
    List<AnnotationView.TypeRef> listed = cv.types("sections");
    if (listed.isEmpty()) {
      return nested;
    }
    Set<TypeElement> sections = new LinkedHashSet<>();
    for (AnnotationView.TypeRef ref : listed) {
      TypeElement type = ref.type().orElseThrow();
      if (!Annotations.has(type, Section.class)) {
        reporter.error(ref.site(), Message.NOT_A_SECTION, type.getQualifiedName());
      } else if (!sections.add(type)) {
        reporter.error(ref.site(), Message.SECTION_LISTED_TWICE, type.getQualifiedName());
      }
    }
    for (TypeElement type : nested) {
      if (!sections.contains(type)) {
        reporter.error(
            Site.of(type, Annotations.find(type, Section.class).orElseThrow()),
            Message.SECTION_NOT_LISTED,
            type.getSimpleName(),
            cvType.getSimpleName());
      }
    }
    return List.copyOf(sections);
  }

  /**
   * The CV, or empty when it has errors. A part of it that javac rejected (a missing required
   * element, a name the annotation does not have, a value of the wrong type) is left to javac's
   * error; every other part is still checked, so that one build reports every problem.
   */
  Optional<io.github.cvdsl.model.Cv> read(TypeElement cvType, List<TypeElement> sectionTypes) {
    int errorsBefore = reporter.errorCount();
    incomplete = false;
    AnnotationView cv = cvAnnotation(cvType);
    if (sectionTypes.isEmpty()) {
      reporter.error(cv.site(), Message.EMPTY_CV, cvType.getSimpleName());
    }
    // The CV's own values first: they are written above its sections, and a compiler that cannot
    // say where a message is (ecj) prints messages in the order they come.
    Optional<CvHead> head =
        part(
            cvType,
            () ->
                new CvHead(
                    values.required(cv, "name", "your name", "Alex Example"),
                    values.optional(cv, "label"),
                    values.email(cv, "email"),
                    values.optional(cv, "phone"),
                    values.url(cv, "website"),
                    location(cv.annotation("location")),
                    values.prose(cv, "summary"),
                    cv.annotations("profiles").stream().map(this::profile).toList(),
                    language(cv),
                    words(cv)));
    List<ReadEntry> read = new ArrayList<>();
    List<io.github.cvdsl.model.Section> sections = new ArrayList<>();
    for (TypeElement sectionType : sectionTypes) {
      section(sectionType, read).ifPresent(sections::add);
    }
    Optional<io.github.cvdsl.model.Cv> model =
        head.map(
            h ->
                new io.github.cvdsl.model.Cv(
                    h.name(),
                    h.label(),
                    h.email(),
                    h.phone(),
                    h.website(),
                    h.location(),
                    h.summary(),
                    h.profiles(),
                    sections,
                    h.language(),
                    h.words()));
    new CvWarnings(reporter).check(read);
    return reporter.errorCount() == errorsBefore && !incomplete ? model : Optional.empty();
  }

  /** The values of {@code @Cv} itself. */
  private record CvHead(
      String name,
      Optional<String> label,
      Optional<String> email,
      Optional<String> phone,
      Optional<io.github.cvdsl.model.Url> website,
      Optional<Location> location,
      List<Text> summary,
      List<Profile> profiles,
      String language,
      Map<String, String> words) {}

  /**
   * Reads the part of the CV written on {@code type}, or nothing when javac rejected its code. A
   * name the annotation does not have gets a hint at most, when the name meant is clear.
   */
  private <T> Optional<T> part(TypeElement type, Supplier<T> read) {
    List<SourceLocator.UnknownElement> unknown = locator.unknownElements(type);
    if (!unknown.isEmpty()) {
      incomplete = true;
      for (SourceLocator.UnknownElement name : unknown) {
        ElementNames.meant(name.name(), name.known())
            .ifPresent(
                meant ->
                    reporter.note(
                        name.where(),
                        Message.UNKNOWN_ELEMENT,
                        name.annotation(),
                        name.name(),
                        meant));
      }
      return Optional.empty();
    }
    try {
      return Optional.of(read.get());
    } catch (IncompleteCode javacReportsIt) {
      incomplete = true;
      return Optional.empty();
    }
  }

  /** The section, or empty when javac rejected the code of its own annotations. */
  private Optional<io.github.cvdsl.model.Section> section(TypeElement type, List<ReadEntry> read) {
    AnnotationView section =
        new AnnotationView(type, Annotations.find(type, Section.class).orElseThrow(), elements);
    record Head(String title, List<Text> summary, List<HighlightGroup> bullets) {}
    Optional<Head> head =
        part(
            type,
            () ->
                new Head(
                    values.required(section, "value", "the section's title", "Experience"),
                    values.prose(section, "summary"),
                    highlights.read(type)));
    String title = head.map(Head::title).orElse(type.getSimpleName().toString());
    List<Entry> sectionEntries = new ArrayList<>();
    boolean hasEntryTypes = false;
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      List<AnnotationMirror> kinds = Annotations.entries(nested);
      hasEntryTypes |= !kinds.isEmpty();
      if (kinds.size() == 1) {
        Optional<Entry> entry =
            part(
                nested,
                () ->
                    entries.read(
                        new AnnotationView(nested, kinds.get(0), elements),
                        highlights.read(nested)));
        entry.ifPresent(
            value -> {
              sectionEntries.add(value);
              read.add(new ReadEntry(nested, kinds.get(0), value));
            });
      } else if (kinds.isEmpty() && hasNoDslAnnotation(nested)) {
        reporter.warning(Site.of(nested), Message.IGNORED_TYPE, nested.getSimpleName(), title);
      }
    }
    if (head.isEmpty()) {
      return Optional.empty();
    }
    if (!hasEntryTypes && head.get().bullets().isEmpty() && head.get().summary().isEmpty()) {
      reporter.error(section.site(), Message.EMPTY_SECTION, title);
    }
    return Optional.of(
        new io.github.cvdsl.model.Section(
            title, head.get().summary(), head.get().bullets(), sectionEntries));
  }

  private Profile profile(AnnotationView profile) {
    return new Profile(
        values.required(profile, "network", "the network's name", "GitHub"),
        values.optional(profile, "username"),
        values.requiredUrl(profile, "url", "your page's address", "https://github.com/example"));
  }

  private Optional<Location> location(AnnotationView location) {
    AnnotationView.Text countryCode = location.string("countryCode");
    if (!countryCode.value().isEmpty()) {
      ValueRules.countryCode(countryCode.value())
          .ifPresent(problem -> reporter.error(countryCode.site(), problem));
    }
    Location read =
        new Location(
            values.optional(location, "address"),
            values.optional(location, "postalCode"),
            values.optional(location, "city"),
            values.optional(location, "region"),
            values.optional(location, "countryCode"));
    return read.oneLine().isEmpty() ? Optional.empty() : Optional.of(read);
  }

  private String language(AnnotationView cv) {
    AnnotationView.Text tag = cv.string("language");
    Optional<String> problem = ValueRules.language(tag.value());
    if (problem.isPresent()) {
      reporter.error(tag.site(), problem.get());
    } else if (!Languages.isBuiltIn(Locale.forLanguageTag(tag.value()))) {
      reporter.warning(
          tag.site(),
          Message.LANGUAGE_WITHOUT_TABLES,
          tag.value(),
          String.join(", ", Languages.BUILT_IN));
    }
    return tag.value();
  }

  /** The author's fixed words, each key one of the renderers'. */
  private Map<String, String> words(AnnotationView cv) {
    Map<String, String> words = new TreeMap<>();
    for (AnnotationView word : cv.annotations("words")) {
      AnnotationView.Text key = word.string("key");
      String value = word.string("value").value();
      if (!Languages.wordKeys().contains(key.value())) {
        reporter.error(
            key.site(), Message.WORD_KEY, key.value(), String.join(", ", Languages.wordKeys()));
      } else if (words.put(key.value(), value) != null) {
        reporter.error(key.site(), Message.WORD_TWICE, key.value());
      }
    }
    return words;
  }

  private AnnotationView cvAnnotation(TypeElement cvType) {
    return new AnnotationView(cvType, Annotations.find(cvType, Cv.class).orElseThrow(), elements);
  }

  private static boolean hasNoDslAnnotation(Element element) {
    return Annotations.ALL.stream().noneMatch(type -> Annotations.has(element, type));
  }
}
