package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A project: JSON Resume's {@code projects}.
 *
 * @param name the project, e.g. {@code "Pelican"}
 * @param roles the author's roles, e.g. {@code "Contributor"}
 * @param entity the organisation it was for
 * @param type its kind, e.g. {@code "application"}
 * @param dates when
 * @param url its site
 * @param summary paragraphs about it
 * @param keywords technologies or topics
 * @param highlights bullets, in groups, in the author's order
 */
public record Project(
    String name,
    List<String> roles,
    Optional<String> entity,
    Optional<String> type,
    Dates dates,
    Optional<Url> url,
    List<Text> summary,
    List<String> keywords,
    List<HighlightGroup> highlights)
    implements Entry {

  public Project {
    requireNonNull(name, "name");
    roles = List.copyOf(roles);
    requireNonNull(entity, "entity");
    requireNonNull(type, "type");
    requireNonNull(dates, "dates");
    requireNonNull(url, "url");
    summary = List.copyOf(summary);
    keywords = List.copyOf(keywords);
    highlights = List.copyOf(highlights);
  }
}
