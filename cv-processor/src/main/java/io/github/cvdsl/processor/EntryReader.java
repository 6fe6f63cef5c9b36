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
              values.required(a, "organisation", "the employer's name", "Example Ltd"),
              values.required(a, "position", "the job title", "Software Engineer"),
              values.dates(a, true),
              values.optional(a, "location"),
              values.url(a, "url"),
              values.optional(a, "description"),
              values.prose(a, "summary"),
              highlights);
      case "Volunteer" ->
          new Volunteer(
              values.required(a, "organisation", "the organisation's name", "Example Club"),
              values.required(a, "position", "the role", "Mentor"),
              values.dates(a, true),
              values.url(a, "url"),
              values.prose(a, "summary"),
              highlights);
      case "Education" ->
          new Education(
              values.required(a, "institution", "the school's name", "Example University"),
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
              values.required(a, "title", "the award's title", "Example Award"),
              values.date(a, "date"),
              values.optional(a, "awarder"),
              values.prose(a, "summary"),
              highlights);
      case "Certificate" ->
          new Certificate(
              values.required(a, "name", "the certificate's name", "Example Certificate"),
              values.date(a, "date"),
              values.optional(a, "issuer"),
              values.url(a, "url"),
              highlights);
      case "Publication" ->
          new Publication(
              values.required(a, "name", "the title", "Example Article"),
              values.optional(a, "publisher"),
              values.date(a, "releaseDate"),
              values.url(a, "url"),
              values.prose(a, "summary"),
              highlights);
      case "Skill" ->
          new Skill(
              values.required(a, "name", "the skill", "Example Skill"),
              values.optional(a, "level"),
              values.list(a, "keywords"),
              values.prose(a, "summary"),
              highlights);
      case "Language" ->
          new Language(
              values.required(a, "language", "the language", "English"),
              values.optional(a, "fluency"),
              highlights);
      case "Interest" ->
          new Interest(
              values.required(a, "name", "the interest", "Example Interest"),
              values.list(a, "keywords"),
              highlights);
      case "Reference" ->
          new Reference(
              values.required(a, "name", "the referee's name", "Alex Example"),
              values.requiredProse(
                  a, "reference", "what the referee says", "An example reference."),
              highlights);
      case "Project" ->
          new Project(
              values.required(a, "name", "the project's name", "Example Project"),
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
              values.required(a, "title", "the title", "Example Title"),
              values.optional(a, "subtitle"),
              values.dates(a, false),
              values.url(a, "url"),
              values.prose(a, "summary"),
              highlights);
      default -> throw new IllegalArgumentException("not an entry annotation: @" + a.simpleName());
    };
  }
}
