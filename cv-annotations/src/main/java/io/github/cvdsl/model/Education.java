package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Study: JSON Resume's {@code education}.
 *
 * @param institution the school or university
 * @param area the field, e.g. {@code "Computer Science"}
 * @param studyType the degree, e.g. {@code "Bachelor"}
 * @param dates when
 * @param score the grade
 * @param courses notable courses
 * @param url the institution's site
 * @param summary paragraphs about the study
 * @param highlights bullets, in groups, in the author's order
 */
public record Education(
    String institution,
    Optional<String> area,
    Optional<String> studyType,
    Dates dates,
    Optional<String> score,
    List<String> courses,
    Optional<Url> url,
    List<Text> summary,
    List<HighlightGroup> highlights)
    implements Entry {

  public Education {
    requireNonNull(institution, "institution");
    requireNonNull(area, "area");
    requireNonNull(studyType, "studyType");
    requireNonNull(dates, "dates");
    requireNonNull(score, "score");
    courses = List.copyOf(courses);
    requireNonNull(url, "url");
    summary = List.copyOf(summary);
    highlights = List.copyOf(highlights);
  }
}
