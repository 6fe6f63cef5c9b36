package io.github.cvdsl.maven;

import io.github.cvdsl.processor.ValueRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Maps a JSON Resume document, already checked against the schema, to the DSL types that say the
 * same: {@code basics} to {@code @Cv}, each entry array to a section of entries in the document's
 * order (or the sections the {@code x-cvdsl} extension records, with what it restores), each value
 * checked with the processor's own rules. A value the DSL rejects is a problem at its JSON path; when
 * lenient, it is left out and a {@code // TODO} line names it instead.
 */
final class ResumeReader {
  static final String EXTENSION = "x-cvdsl";
  private static final int EXTENSION_VERSION = 1;

  /** An entry array of JSON Resume: its DSL annotation, the default section's title. */
  private record Kind(String array, String annotation, String sectionTitle) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("work", "Job", "Experience"),
          new Kind("volunteer", "Volunteer", "Volunteering"),
          new Kind("education", "Education", "Education"),
          new Kind("awards", "Award", "Awards"),
          new Kind("certificates", "Certificate", "Certificates"),
          new Kind("publications", "Publication", "Publications"),
          new Kind("skills", "Skill", "Skills"),
          new Kind("languages", "Language", "Languages"),
          new Kind("interests", "Interest", "Interests"),
          new Kind("references", "Reference", "References"),
          new Kind("projects", "Project", "Projects"));

  /** The fields of each object JSON Resume 1.3.1 defines; any other is reported as not imported. */
  private static final Map<String, Set<String>> FIELDS =
      Map.ofEntries(
          Map.entry("", Set.of("$schema", "basics", "meta", EXTENSION, "work", "volunteer",
              "education", "awards", "certificates", "publications", "skills", "languages",
              "interests", "references", "projects")),
          Map.entry("basics", Set.of("name", "label", "image", "email", "phone", "url", "summary",
              "location", "profiles", EXTENSION)),
          Map.entry("location", Set.of("address", "postalCode", "city", "countryCode", "region")),
          Map.entry("profiles", Set.of("network", "username", "url", EXTENSION)),
          Map.entry("work", Set.of("name", "location", "description", "position", "url",
              "startDate", "endDate", "summary", "highlights", EXTENSION)),
          Map.entry("volunteer", Set.of("organization", "position", "url", "startDate", "endDate",
              "summary", "highlights", EXTENSION)),
          Map.entry("education", Set.of("institution", "url", "area", "studyType", "startDate",
              "endDate", "score", "courses", EXTENSION)),
          Map.entry("awards", Set.of("title", "date", "awarder", "summary", EXTENSION)),
          Map.entry("certificates", Set.of("name", "date", "url", "issuer", EXTENSION)),
          Map.entry("publications", Set.of("name", "publisher", "releaseDate", "url", "summary",
              EXTENSION)),
          Map.entry("skills", Set.of("name", "level", "keywords", EXTENSION)),
          Map.entry("languages", Set.of("language", "fluency", EXTENSION)),
          Map.entry("interests", Set.of("name", "keywords", EXTENSION)),
          Map.entry("references", Set.of("name", "reference", EXTENSION)),
          Map.entry("projects", Set.of("name", "description", "highlights", "keywords",
              "startDate", "endDate", "url", "roles", "entity", "type", EXTENSION)));

  /** The elements each entry annotation requires. */
  private static final Map<String, Set<String>> REQUIRED =
      Map.ofEntries(
          Map.entry("Job", Set.of("organisation", "position", "start")),
          Map.entry("Volunteer", Set.of("organisation", "position", "start")),
          Map.entry("Education", Set.of("institution")),
          Map.entry("Award", Set.of("title")),
          Map.entry("Certificate", Set.of("name")),
          Map.entry("Publication", Set.of("name")),
          Map.entry("Skill", Set.of("name")),
          Map.entry("Language", Set.of("language")),
          Map.entry("Interest", Set.of("name")),
          Map.entry("Reference", Set.of("name", "reference")),
          Map.entry("Project", Set.of("name")),
          Map.entry("Item", Set.of("title")));

  private final boolean lenient;
  private final TypeNames names;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<ImportProblem> notes = new ArrayList<>();
  private final Set<String> imported = new HashSet<>();
  private final Map<String, String> dropped = new java.util.LinkedHashMap<>();

  private ResumeReader(boolean lenient, String cvName) {
    this.lenient = lenient;
    this.names = new TypeNames(cvName);
  }

  /** What the reading gave: the CV type, the problems (the DSL rejects), notes (nothing lost). */
  record Read(DslType cv, List<ImportProblem> problems, List<ImportProblem> notes) {}

  /**
   * @param dropped the values the schema rejected and a lenient import took out, by JSON path: each
   *     becomes a {@code // TODO} at the entry it was in, else at the CV
   */
  static Read read(JsonNode document, String cvName, boolean lenient, Map<String, String> dropped) {
    ResumeReader reader = new ResumeReader(lenient, cvName);
    reader.dropped.putAll(dropped);
    DslType cv = reader.cv(document, cvName);
    reader.dropped.forEach((path, message) -> cv.todos.add(path + ": " + message));
    return new Read(cv, List.copyOf(reader.problems), List.copyOf(reader.notes));
  }

  // ---------------------------------------------------------------------------------------------
  // The document

  private DslType cv(JsonNode document, String cvName) {
    DslType cv = new DslType(cvName);
    unknownFields(document, "", "$");
    JsonNode extension = extension(document, "$");
    JsonNode basics = document.path("basics");
    String basicsPath = "$.basics";
    JsonNode basicsExtension = extension(basics, basicsPath);
    DslType.Annotation annotation = new DslType.Annotation("Cv");
    cv.annotations.add(annotation);
    unknownFields(basics, "basics", basicsPath);
    Optional<String> name = text(basics, "name");
    if (name.isEmpty()) {
      // Without it nothing compiles: a problem even when lenient.
      problems.add(new ImportProblem(basicsPath + ".name",
          "missing: @Cv needs name, the person's name, e.g. \"Kura\""));
    } else {
      annotation.put("name", new DslType.Plain(name.get()));
    }
    plain(annotation, "label", basics, "label");
    text(basics, "email").ifPresent(email -> checked(cv, annotation, "email",
        new DslType.Plain(email), basicsPath + ".email", ValueRules.email("email", email)));
    plain(annotation, "phone", basics, "phone");
    url(cv, annotation, "website", basics, "url", basicsExtension, "website", basicsPath);
    location(cv, annotation, basics.path("location"), basicsPath + ".location");
    prose(cv, annotation, "summary", basics, "summary", basicsExtension, "summary", basicsPath);
    profiles(cv, annotation, basics.path("profiles"), basicsPath + ".profiles");
    text(basics, "image").ifPresent(image -> notes.add(new ImportProblem(basicsPath + ".image",
        "not imported: the DSL has no element for a picture")));
    Optional<String> language = text(extension, "language").filter(tag -> !tag.equals("en"));
    language.ifPresent(tag -> checked(cv, annotation, "language", new DslType.Plain(tag),
        "$['" + EXTENSION + "'].language", ValueRules.language(tag)));

    JsonNode sections = extension.path("sections");
    if (sections.isArray() && !sections.isEmpty()) {
      for (int i = 0; i < sections.size(); i++) {
        section(cv, document, sections.get(i), "$['" + EXTENSION + "'].sections[" + i + "]")
            .ifPresent(cv.nested::add);
      }
    }
    // Entries no recorded section holds (all of them, without the extension), in the JSON's order.
    for (Map.Entry<String, JsonNode> field : document.properties()) {
      Optional<Kind> kind = KINDS.stream().filter(k -> k.array().equals(field.getKey())).findFirst();
      if (kind.isEmpty() || !field.getValue().isArray()) {
        continue;
      }
      DslType section = new DslType(names.allocate(kind.get().sectionTitle(), "Section", "Section"));
      section.annotations.add(
          new DslType.Annotation("Section")
              .put("value", new DslType.Plain(kind.get().sectionTitle())));
      for (int i = 0; i < field.getValue().size(); i++) {
        String pointer = "/" + kind.get().array() + "/" + i;
        if (!imported.contains(pointer)) {
          entry(section, document, pointer, "$." + kind.get().array() + "[" + i + "]");
        }
      }
      if (!section.nested.isEmpty() || !section.todos.isEmpty()) {
        keepOrDrop(cv, section, "$." + kind.get().array());
      }
    }
    if (cv.nested.isEmpty() && problems.isEmpty()) {
      problems.add(new ImportProblem("$", "the resume has no entries: the DSL needs at least one"
          + " section; add e.g. a \"work\" entry, or write the CV from scratch"));
    }
    return cv;
  }

  private void keepOrDrop(DslType cv, DslType section, String path) {
    if (section.nested.isEmpty() && section.annotations.get(0).elements.size() == 1
        && section.annotations.size() == 1) {
      // Every entry was left out (lenient): the DSL rejects an empty section.
      cv.todos.add(path + ": section left out, as all its entries were: "
          + String.join("; ", section.todos));
      return;
    }
    cv.nested.add(section);
  }

  private void location(DslType owner, DslType.Annotation cv, JsonNode location, String path) {
    if (!location.isObject()) {
      return;
    }
    unknownFields(location, "location", path);
    DslType.Annotation annotation = new DslType.Annotation("Location");
    plain(annotation, "address", location, "address");
    plain(annotation, "postalCode", location, "postalCode");
    plain(annotation, "city", location, "city");
    plain(annotation, "region", location, "region");
    text(location, "countryCode").ifPresent(code -> checked(owner, annotation, "countryCode",
        new DslType.Plain(code), path + ".countryCode", ValueRules.countryCode(code)));
    if (!annotation.elements.isEmpty()) {
      cv.put("location", new DslType.Annotations(List.of(annotation)));
    }
  }

  private void profiles(DslType owner, DslType.Annotation cv, JsonNode profiles, String path) {
    List<DslType.Annotation> read = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      JsonNode profile = profiles.get(i);
      String at = path + "[" + i + "]";
      unknownFields(profile, "profiles", at);
      DslType.Annotation annotation = new DslType.Annotation("Profile");
      int before = owner.todos.size() + problems.size();
      required(owner, annotation, "network", text(profile, "network"), at + ".network",
          "@Profile needs network, the site's name, e.g. \"GitHub\"");
      plain(annotation, "username", profile, "username");
      JsonNode extension = extension(profile, at);
      Optional<String> url = text(extension, "url").or(() -> text(profile, "url"));
      if (url.isEmpty()) {
        reject(owner, at + ".url", "missing: @Profile needs url, the profile's address, e.g."
            + " \"https://github.com/example\"");
      } else {
        checked(owner, annotation, "url", new DslType.Plain(url.get()), at + ".url",
            ValueRules.url("url", url.get()));
      }
      if (owner.todos.size() + problems.size() == before) {
        read.add(annotation);
      } else if (lenient) {
        owner.todos.add(at + ": profile left out: @Profile needs network and url");
      }
    }
    if (!read.isEmpty()) {
      cv.put("profiles", new DslType.Annotations(read));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sections as the extension records them

  private Optional<DslType> section(DslType cv, JsonNode document, JsonNode node, String path) {
    Optional<String> title = text(node, "title");
    if (title.isEmpty()) {
      problems.add(new ImportProblem(path + ".title",
          "missing: a section needs a title, e.g. \"Experience\""));
      return Optional.empty();
    }
    DslType section = new DslType(names.allocate(title.get(), "Section", "Section"));
    DslType.Annotation annotation = new DslType.Annotation("Section");
    section.annotations.add(annotation);
    annotation.put("value", new DslType.Plain(title.get()));
    paragraphs(node.get("summary"), path + ".summary").ifPresent(text -> checked(section,
        annotation, "summary", new DslType.Markup(text, true), path + ".summary",
        ValueRules.prose("summary", text)));
    bullets(section, node.path("highlights"), path + ".highlights");
    JsonNode entries = node.path("entries");
    for (int i = 0; i < entries.size(); i++) {
      String pointer = entries.get(i).asString("");
      String entryPath = path + ".entries[" + i + "]";
      String itemsPrefix = "/" + EXTENSION + "/";
      if (pointer.startsWith(itemsPrefix)) {
        JsonNode item = document.at(pointer);
        if (item.isObject()) {
          item(section, item, jsonPath(pointer));
          continue;
        }
      } else if (document.at(pointer).isObject() && isEntryPointer(pointer)) {
        if (imported.add(pointer)) {
          entry(section, document, pointer, jsonPath(pointer));
        }
        continue;
      }
      reject(section, entryPath, "\"" + pointer + "\" points at no entry of this document:"
          + " write a JSON Pointer such as \"/work/0\"");
    }
    if (section.nested.isEmpty() && annotation.elements.size() == 1
        && section.annotations.size() == 1) {
      if (!section.todos.isEmpty()) {
        cv.todos.add(path + ": section \"" + title.get() + "\" left out: "
            + String.join("; ", section.todos));
      } else {
        notes.add(new ImportProblem(path, "not imported: section \"" + title.get()
            + "\" holds nothing"));
      }
      return Optional.empty();
    }
    return Optional.of(section);
  }

  /** Whether the pointer names an entry of one of JSON Resume's arrays, e.g. {@code /work/0}. */
  private static boolean isEntryPointer(String pointer) {
    return KINDS.stream().anyMatch(kind -> pointer.matches("/" + kind.array() + "/\\d+"));
  }

  /** {@code /work/0} as {@code $.work[0]}; {@code /x-cvdsl/sections/0/items/1} likewise. */
  private static String jsonPath(String pointer) {
    StringBuilder out = new StringBuilder("$");
    for (String token : pointer.substring(1).split("/")) {
      if (token.matches("\\d+")) {
        out.append('[').append(token).append(']');
      } else if (token.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
        out.append('.').append(token);
      } else {
        out.append("['").append(token).append("']");
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Entries

  private void entry(DslType section, JsonNode document, String pointer, String path) {
    String array = pointer.substring(1, pointer.indexOf('/', 1));
    Kind kind = KINDS.stream().filter(k -> k.array().equals(array)).findFirst().orElseThrow();
    JsonNode node = document.at(pointer);
    unknownFields(node, array, path);
    JsonNode ext = extension(node, path);
    DslType entry = new DslType("");
    DslType.Annotation annotation = new DslType.Annotation(kind.annotation());
    entry.annotations.add(annotation);
    String nameField;
    switch (array) {
      case "work" -> {
        nameField = "name";
        required(entry, annotation, "organisation", text(node, "name"), path + ".name",
            "@Job needs organisation, the employer, e.g. \"BBC\"");
        required(entry, annotation, "position", text(node, "position"), path + ".position",
            "@Job needs position, the role held, e.g. \"Engineer\"");
        dates(entry, annotation, node, ext, path, true, "@Job");
        plain(annotation, "location", node, "location");
        url(entry, annotation, "url", node, "url", ext, "url", path);
        plain(annotation, "description", node, "description");
        prose(entry, annotation, "summary", node, "summary", ext, "summary", path);
        highlights(entry, node, ext, path);
      }
      case "volunteer" -> {
        nameField = "organization";
        required(entry, annotation, "organisation", text(node, "organization"),
            path + ".organization", "@Volunteer needs organisation, e.g. \"Code Club\"");
        required(entry, annotation, "position", text(node, "position"), path + ".position",
            "@Volunteer needs position, the role held, e.g. \"Mentor\"");
        dates(entry, annotation, node, ext, path, true, "@Volunteer");
        url(entry, annotation, "url", node, "url", ext, "url", path);
        prose(entry, annotation, "summary", node, "summary", ext, "summary", path);
        highlights(entry, node, ext, path);
      }
      case "education" -> {
        nameField = "institution";
        required(entry, annotation, "institution", text(node, "institution"),
            path + ".institution", "@Education needs institution, e.g. \"University of Bristol\"");
        plain(annotation, "area", node, "area");
        plain(annotation, "studyType", node, "studyType");
        dates(entry, annotation, node, ext, path, false, "@Education");
        plain(annotation, "score", node, "score");
        strings(annotation, "courses", node.path("courses"));
        url(entry, annotation, "url", node, "url", ext, "url", path);
        prose(entry, annotation, "summary", MISSING, "summary", ext, "summary", path);
        extensionBullets(entry, ext, path);
      }
      case "awards" -> {
        nameField = "title";
        required(entry, annotation, "title", text(node, "title"), path + ".title",
            "@Award needs title, e.g. \"Engineer of the year\"");
        date(entry, annotation, "date", node, "date", ext, path);
        plain(annotation, "awarder", node, "awarder");
        prose(entry, annotation, "summary", node, "summary", ext, "summary", path);
        extensionBullets(entry, ext, path);
      }
      case "certificates" -> {
        nameField = "name";
        required(entry, annotation, "name", text(node, "name"), path + ".name",
            "@Certificate needs name, e.g. \"CKA\"");
        date(entry, annotation, "date", node, "date", ext, path);
        plain(annotation, "issuer", node, "issuer");
        url(entry, annotation, "url", node, "url", ext, "url", path);
        extensionBullets(entry, ext, path);
      }
      case "publications" -> {
        nameField = "name";
        required(entry, annotation, "name", text(node, "name"), path + ".name",
            "@Publication needs name, the title, e.g. \"Tuning NVMe servers\"");
        plain(annotation, "publisher", node, "publisher");
        date(entry, annotation, "releaseDate", node, "releaseDate", ext, path);
        url(entry, annotation, "url", node, "url", ext, "url", path);
        prose(entry, annotation, "summary", node, "summary", ext, "summary", path);
        extensionBullets(entry, ext, path);
      }
      case "skills" -> {
        nameField = "name";
        required(entry, annotation, "name", text(node, "name"), path + ".name",
            "@Skill needs name, e.g. \"Linux\"");
        plain(annotation, "level", node, "level");
        strings(annotation, "keywords", node.path("keywords"));
        prose(entry, annotation, "summary", MISSING, "summary", ext, "summary", path);
        extensionBullets(entry, ext, path);
      }
      case "languages" -> {
        nameField = "language";
        required(entry, annotation, "language", text(node, "language"), path + ".language",
            "@Language needs language, e.g. \"English\"");
        plain(annotation, "fluency", node, "fluency");
        extensionBullets(entry, ext, path);
      }
      case "interests" -> {
        nameField = "name";
        required(entry, annotation, "name", text(node, "name"), path + ".name",
            "@Interest needs name, e.g. \"Video streaming\"");
        strings(annotation, "keywords", node.path("keywords"));
        extensionBullets(entry, ext, path);
      }
      case "references" -> {
        nameField = "name";
        required(entry, annotation, "name", text(node, "name"), path + ".name",
            "@Reference needs name, who gives it, e.g. \"Jane Doe, Head of Platform\"");
        Optional<String> reference = paragraphs(ext.get("reference"),
            path + "['" + EXTENSION + "'].reference").or(() -> text(node, "reference"));
        if (reference.isEmpty()) {
          reject(entry, path + ".reference", "missing: @Reference needs reference, what they say,"
              + " e.g. \"Kura ran our CDN like clockwork.\"");
        } else {
          checked(entry, annotation, "reference", new DslType.Markup(reference.get(), true),
              path + ".reference", ValueRules.prose("reference", reference.get()));
        }
        extensionBullets(entry, ext, path);
      }
      case "projects" -> {
        nameField = "name";
        required(entry, annotation, "name", text(node, "name"), path + ".name",
            "@Project needs name, e.g. \"Pelican\"");
        strings(annotation, "roles", node.path("roles"));
        plain(annotation, "entity", node, "entity");
        plain(annotation, "type", node, "type");
        dates(entry, annotation, node, ext, path, false, "@Project");
        url(entry, annotation, "url", node, "url", ext, "url", path);
        prose(entry, annotation, "summary", node, "description", ext, "summary", path);
        strings(annotation, "keywords", node.path("keywords"));
        highlights(entry, node, ext, path);
      }
      default -> throw new AssertionError(array);
    }
    String typeName = names.allocate(text(node, nameField).orElse(""), kind.annotation(), "Entry");
    add(section, entry, typeName, path);
  }

  /** An {@code @Item} of the extension, written as its annotation's elements. */
  private void item(DslType section, JsonNode node, String path) {
    DslType entry = new DslType("");
    DslType.Annotation annotation = new DslType.Annotation("Item");
    entry.annotations.add(annotation);
    required(entry, annotation, "title", text(node, "title"), path + ".title",
        "@Item needs title, e.g. \"Speaker, PyCon UK\"");
    plain(annotation, "subtitle", node, "subtitle");
    Optional<String> start = text(node, "start");
    Optional<String> end = text(node, "end");
    dslDates(entry, annotation, start, path + ".start", end, path + ".end");
    text(node, "url").ifPresent(url -> checked(entry, annotation, "url", new DslType.Plain(url),
        path + ".url", ValueRules.url("url", url)));
    paragraphs(node.get("summary"), path + ".summary").ifPresent(text -> checked(entry,
        annotation, "summary", new DslType.Markup(text, true), path + ".summary",
        ValueRules.prose("summary", text)));
    bullets(entry, node.path("highlights"), path + ".highlights");
    add(section, entry, names.allocate(text(node, "title").orElse(""), "Item", "Entry"), path);
  }

  /**
   * Adds the entry to its section; when lenient, an entry without a value its annotation requires
   * would not compile, so it is left out and a {@code // TODO} in the section says so.
   */
  private void add(DslType section, DslType entry, String typeName, String path) {
    dropped.entrySet().removeIf(value -> {
      boolean inEntry = value.getKey().startsWith(path + ".") || value.getKey().startsWith(path + "[");
      if (inEntry) {
        entry.todos.add(value.getKey() + ": " + value.getValue());
      }
      return inEntry;
    });
    DslType.Annotation annotation = entry.annotations.get(0);
    if (lenient && !annotation.elements.keySet().containsAll(REQUIRED.get(annotation.type))) {
      section.todos.add(path + ": entry left out: " + String.join("; ", entry.todos));
      return;
    }
    DslType named = new DslType(typeName);
    named.annotations.addAll(entry.annotations);
    named.todos.addAll(entry.todos);
    section.nested.add(named);
  }

  // ---------------------------------------------------------------------------------------------
  // Dates

  /**
   * {@code start} and {@code end}: the extension's, in the DSL's notation, when it has them; else
   * {@code startDate} and {@code endDate}, a lone {@code startDate} meaning "until now" as JSON
   * Resume reads it, and a lone {@code endDate} being the entry's single date.
   */
  private void dates(DslType entry, DslType.Annotation annotation, JsonNode node, JsonNode ext,
      String path, boolean startRequired, String kind) {
    String extPath = path + "['" + EXTENSION + "']";
    Optional<String> start;
    Optional<String> end;
    String startPath;
    String endPath;
    if (text(ext, "start").isPresent()) {
      start = text(ext, "start");
      end = text(ext, "end");
      startPath = extPath + ".start";
      endPath = extPath + ".end";
    } else {
      start = text(node, "startDate");
      end = text(node, "endDate");
      startPath = path + ".startDate";
      endPath = path + ".endDate";
      if (start.isPresent() && end.isEmpty()) {
        end = Optional.of("present");
      } else if (start.isEmpty() && end.isPresent()) {
        start = end;
        startPath = endPath;
        end = Optional.empty();
      }
    }
    if (start.isEmpty()) {
      if (startRequired) {
        reject(entry, path + ".startDate", "missing: " + kind + " needs start, the date it began,"
            + " written yyyy, yyyy-MM or yyyy-MM-dd, e.g. \"2019-08\"");
      }
      return;
    }
    dslDates(entry, annotation, start, startPath, end, endPath);
  }

  private void dslDates(DslType entry, DslType.Annotation annotation, Optional<String> start,
      String startPath, Optional<String> end, String endPath) {
    if (start.isEmpty()) {
      end.ifPresent(value -> reject(entry, endPath, "end \"" + value + "\" has no start: the DSL"
          + " needs start = \"yyyy-MM\" before an end"));
      return;
    }
    Optional<String> startProblem = ValueRules.date("start", start.get());
    if (startProblem.isPresent()) {
      reject(entry, startPath, startProblem.get());
      return;
    }
    annotation.put("start", new DslType.Plain(start.get()));
    if (end.isEmpty()) {
      return;
    }
    if (end.get().equals("present")) {
      annotation.put("end", new DslType.Plain("present"));
      return;
    }
    Optional<String> endProblem =
        ValueRules.date("end", end.get()).or(() -> ValueRules.endBeforeStart(start.get(), end.get()));
    if (endProblem.isPresent()) {
      reject(entry, endPath, endProblem.get());
    } else {
      annotation.put("end", new DslType.Plain(end.get()));
    }
  }

  private void date(DslType entry, DslType.Annotation annotation, String element, JsonNode node,
      String field, JsonNode ext, String path) {
    Optional<String> fromExtension = text(ext, element);
    Optional<String> date = fromExtension.or(() -> text(node, field));
    String at = fromExtension.isPresent()
        ? path + "['" + EXTENSION + "']." + element
        : path + "." + field;
    date.ifPresent(value -> checked(entry, annotation, element, new DslType.Plain(value), at,
        ValueRules.date(element, value)));
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  private void url(DslType owner, DslType.Annotation annotation, String element, JsonNode node,
      String field, JsonNode ext, String extensionKey, String path) {
    Optional<String> asWritten = text(ext, extensionKey);
    Optional<String> url = asWritten.or(() -> text(node, field));
    String at = asWritten.isPresent()
        ? path + "['" + EXTENSION + "']." + extensionKey
        : path + "." + field;
    url.ifPresent(value -> checked(owner, annotation, element, new DslType.Plain(value), at,
        ValueRules.url(element, value)));
  }

  /** Paragraphs: the extension's spans when it has them, else the standard field as written. */
  private void prose(DslType owner, DslType.Annotation annotation, String element, JsonNode node,
      String field, JsonNode ext, String extensionKey, String path) {
    String extPath = path + "['" + EXTENSION + "']." + extensionKey;
    Optional<String> fromExtension = paragraphs(ext.get(extensionKey), extPath);
    Optional<String> text = fromExtension.or(() -> text(node, field));
    String at = fromExtension.isPresent() ? extPath : path + "." + field;
    text.ifPresent(value -> {
      if (fromExtension.isEmpty() && value.matches("(?s).*\\S[ \\t]*\\r?\\n[ \\t]*\\S.*")) {
        notes.add(new ImportProblem(at, "a line break within a paragraph reads as a space in the"
            + " DSL; separate paragraphs with a blank line"));
      }
      checked(owner, annotation, element, new DslType.Markup(value, true), at,
          ValueRules.prose(element, value));
    });
  }

  private void highlights(DslType entry, JsonNode node, JsonNode ext, String path) {
    if (ext.path("highlights").isArray()) {
      extensionBullets(entry, ext, path);
      return;
    }
    JsonNode highlights = node.path("highlights");
    for (int i = 0; i < highlights.size(); i++) {
      String at = path + ".highlights[" + i + "]";
      Optional<String> text = text(highlights.get(i));
      if (text.isPresent()) {
        Optional<String> problem = ValueRules.inline("value", text.get());
        if (problem.isPresent()) {
          reject(entry, at, problem.get());
        } else {
          entry.annotations.add(new DslType.Annotation("Highlight")
              .put("value", new DslType.Markup(text.get(), false)));
        }
      }
    }
  }

  /**
   * Bullets as the extension records them: groups of {@code {"title", "highlights": [{"text",
   * "details"}]}}. A group without a title is written as plain {@code @Highlight}s, unless it
   * follows another such group, from which only {@code @Highlights} keeps it apart.
   */
  /** The bullets that the extension of the entry at {@code path} holds. */
  private void extensionBullets(DslType entry, JsonNode ext, String path) {
    bullets(entry, ext.path("highlights"), path + "['" + EXTENSION + "'].highlights");
  }

  private void bullets(DslType owner, JsonNode groups, String path) {
    boolean lastUntitled = false;
    for (int g = 0; g < groups.size(); g++) {
      JsonNode group = groups.get(g);
      String groupPath = path + "[" + g + "]";
      List<DslType.Annotation> bullets = new ArrayList<>();
      JsonNode highlights = group.path("highlights");
      for (int i = 0; i < highlights.size(); i++) {
        String at = groupPath + ".highlights[" + i + "]";
        JsonNode highlight = highlights.get(i);
        Optional<String> text = paragraph(highlight.get("text"), at + ".text");
        if (text.isEmpty()) {
          continue;
        }
        Optional<String> problem = ValueRules.inline("value", text.get());
        if (problem.isPresent()) {
          reject(owner, at + ".text", problem.get());
          continue;
        }
        DslType.Annotation bullet = new DslType.Annotation("Highlight")
            .put("value", new DslType.Markup(text.get(), false));
        List<String> details = new ArrayList<>();
        JsonNode detailNodes = highlight.path("details");
        for (int d = 0; d < detailNodes.size(); d++) {
          String detailPath = at + ".details[" + d + "]";
          Optional<String> detail = paragraph(detailNodes.get(d), detailPath);
          Optional<String> detailProblem =
              detail.flatMap(value -> ValueRules.inline("details", value));
          if (detailProblem.isPresent()) {
            reject(owner, detailPath, detailProblem.get());
          } else {
            detail.ifPresent(details::add);
          }
        }
        if (!details.isEmpty()) {
          bullet.put("details", new DslType.Strings(details));
        }
        bullets.add(bullet);
      }
      if (bullets.isEmpty()) {
        continue;
      }
      Optional<String> title = paragraph(group.get("title"), groupPath + ".title");
      Optional<String> titleProblem = title.flatMap(value -> ValueRules.inline("title", value));
      if (titleProblem.isPresent()) {
        reject(owner, groupPath + ".title", titleProblem.get());
        title = Optional.empty();
      }
      if (title.isEmpty() && !lastUntitled) {
        owner.annotations.addAll(bullets);
      } else {
        DslType.Annotation annotation = new DslType.Annotation("Highlights");
        title.ifPresent(value -> annotation.put("title", new DslType.Markup(value, false)));
        annotation.put("value", new DslType.Annotations(bullets));
        owner.annotations.add(annotation);
      }
      lastUntitled = title.isEmpty();
    }
  }

  /** Paragraphs as the extension writes them (an array of paragraphs), as DSL markup. */
  private Optional<String> paragraphs(JsonNode node, String path) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (node.isString()) {
      return text(node).map(Markup::escape);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      paragraph(node.get(i), path + "[" + i + "]").ifPresent(out::add);
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", out));
  }

  /** One paragraph of the extension: a plain string, or an array of spans; as DSL markup. */
  private Optional<String> paragraph(JsonNode node, String path) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (node.isString()) {
      return text(node).map(Markup::escape);
    }
    try {
      String text = Markup.write(node);
      return text.isBlank() ? Optional.empty() : Optional.of(text);
    } catch (IllegalArgumentException e) {
      problems.add(new ImportProblem(path, e.getMessage()));
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  private void required(DslType owner, DslType.Annotation annotation, String element,
      Optional<String> value, String path, String expected) {
    if (value.isEmpty()) {
      reject(owner, path, "missing: " + expected);
    } else {
      annotation.put(element, new DslType.Plain(value.get()));
    }
  }

  private static void plain(DslType.Annotation annotation, String element, JsonNode node,
      String field) {
    text(node, field).ifPresent(value -> annotation.put(element, new DslType.Plain(value)));
  }

  private static void strings(DslType.Annotation annotation, String element, JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      text(value).ifPresent(values::add);
    }
    if (!values.isEmpty()) {
      annotation.put(element, new DslType.Strings(values));
    }
  }

  /** Puts the value unless the processor's rule found a problem, which is reported instead. */
  private void checked(DslType owner, DslType.Annotation annotation, String element,
      DslType.Value value, String path, Optional<String> problem) {
    if (problem.isPresent()) {
      reject(owner, path, problem.get());
    } else {
      annotation.put(element, value);
    }
  }

  /** A value the DSL rejects: a problem, or, when lenient, a {@code // TODO} where it would be. */
  private void reject(DslType owner, String path, String message) {
    if (lenient) {
      owner.todos.add(path + ": " + message);
      notes.add(new ImportProblem(path, "left out: " + message));
    } else {
      problems.add(new ImportProblem(path, message));
    }
  }

  /** The fields JSON Resume does not define: reported, since the import cannot keep them. */
  private void unknownFields(JsonNode node, String object, String path) {
    Set<String> known = FIELDS.get(object);
    if (known == null || !node.isObject()) {
      return;
    }
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        notes.add(new ImportProblem(path + "." + name,
            "not imported: JSON Resume 1.3.1 has no such field, and the DSL no element for it"));
      }
    }
  }

  private JsonNode extension(JsonNode node, String path) {
    JsonNode extension = node.path(EXTENSION);
    if (path.equals("$") && extension.isObject()) {
      int version = extension.path("version").asInt(-1);
      if (version != EXTENSION_VERSION) {
        problems.add(new ImportProblem("$['" + EXTENSION + "'].version", "version " + version
            + " is not one this plugin reads: it reads " + EXTENSION_VERSION
            + "; import with the cvdsl version that wrote the file"));
        return MISSING;
      }
    }
    return extension.isObject() ? extension : MISSING;
  }

  private static final JsonNode MISSING = tools.jackson.databind.node.MissingNode.getInstance();

  private static Optional<String> text(JsonNode node, String field) {
    return text(node.path(field));
  }

  /** A non-blank string; blank and absent values are the same to the DSL, which has no blank. */
  private static Optional<String> text(JsonNode node) {
    return node != null && node.isString() && !node.asString().isBlank()
        ? Optional.of(node.asString())
        : Optional.empty();
  }
}
