package io.github.cvdsl.processor;

import io.github.cvdsl.model.Award;
import io.github.cvdsl.model.Certificate;
import io.github.cvdsl.model.Education;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Interest;
import io.github.cvdsl.model.Item;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Language;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Publication;
import io.github.cvdsl.model.Reference;
import io.github.cvdsl.model.Skill;
import io.github.cvdsl.model.Volunteer;
import java.util.List;

/** Reads one entry annotation into its model record. */
final class EntryReader {
  private final Values values;

  EntryReader(Values values) {
    this.values = values;
  }

  Entry read(AnnotationView a, List<HighlightGroup> highlights) {
    return switch (a.simpleName()) {
      case "Job" ->
          new Job(
              values.required(a, "organisation", "\"BBC\""),
              values.required(a, "position", "\"Engineer\""),
              values.dates(a, true),
              values.optional(a, "location"),
              values.url(a, "url"),
              values.optional(a, "description"),
              values.prose(a, "summary"),
              highlights);
      case "Volunteer" ->
          new Volunteer(
              values.required(a, "organisation", "\"Code Club\""),
              values.required(a, "position", "\"Mentor\""),
              values.dates(a, true),
              values.url(a, "url"),
              values.prose(a, "summary"),
              highlights);
      case "Education" ->
          new Education(
              values.required(a, "institution", "\"University of Bristol\""),
              values.optional(a, "area"),
              values.optional(a, "studyType"),
              values.dates(a, false),
              values.optional(a, "score"),
              values.list(a, "courses"),
              values.url(a, "url"),
              values.prose(a, "summary"),
              highlights);
      case "Award" ->
          new Award(
              values.required(a, "title", "\"Engineer of the year\""),
              values.date(a, "date"),
              values.optional(a, "awarder"),
              values.prose(a, "summary"),
              highlights);
      case "Certificate" ->
          new Certificate(
              values.required(a, "name", "\"CKA\""),
              values.date(a, "date"),
              values.optional(a, "issuer"),
              values.url(a, "url"),
              highlights);
      case "Publication" ->
          new Publication(
              values.required(a, "name", "\"Tuning NVMe servers\""),
              values.optional(a, "publisher"),
              values.date(a, "releaseDate"),
              values.url(a, "url"),
              values.prose(a, "summary"),
              highlights);
      case "Skill" ->
          new Skill(
              values.required(a, "name", "\"Linux\""),
              values.optional(a, "level"),
              values.list(a, "keywords"),
              values.prose(a, "summary"),
              highlights);
      case "Language" ->
          new Language(
              values.required(a, "language", "\"English\""),
              values.optional(a, "fluency"),
              highlights);
      case "Interest" ->
          new Interest(
              values.required(a, "name", "\"Video streaming\""),
              values.list(a, "keywords"),
              highlights);
      case "Reference" ->
          new Reference(
              values.required(a, "name", "\"Jane Doe\""),
              values.requiredProse(a, "reference", "\"Kura ran our CDN like clockwork.\""),
              highlights);
      case "Project" ->
          new Project(
              values.required(a, "name", "\"Pelican\""),
              values.list(a, "roles"),
              values.optional(a, "entity"),
              values.optional(a, "type"),
              values.dates(a, false),
              values.url(a, "url"),
              values.prose(a, "summary"),
              values.list(a, "keywords"),
              highlights);
      case "Item" ->
          new Item(
              values.required(a, "title", "\"Speaker, PyCon UK\""),
              values.optional(a, "subtitle"),
              values.dates(a, false),
              values.url(a, "url"),
              values.prose(a, "summary"),
              highlights);
      default -> throw new IllegalArgumentException("not an entry annotation: @" + a.simpleName());
    };
  }
}
