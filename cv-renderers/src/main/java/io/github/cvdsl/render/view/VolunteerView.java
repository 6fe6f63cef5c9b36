package io.github.cvdsl.render.view;

import io.github.cvdsl.model.Volunteer;
import io.github.cvdsl.render.template.Markup;
import java.util.List;

/**
 * Volunteering: heading the organisation, role the position. Templates reach it in a section's {@code entries} as {@code {{#volunteer}}...{{/volunteer}}}, and
 * its own template is {@code volunteer.mustache}, or {@code entry.mustache} where a theme has none.
 *
 * @param entry the typed entry, for any of its values: {@code {{entry.…}}}
 * @param heading the heading's markup, a link where the entry has a URL, or {@code null}
 * @param role the generic second line's text, or {@code null}
 * @param dates when, or {@code null}
 * @param facts short facts joined with the separator word, or {@code null}
 * @param summary the paragraphs' markup
 * @param keywords keywords (or courses) joined with the list word, or {@code null}
 * @param groups the bullets
 */
public record VolunteerView(
    Volunteer entry,
    Markup heading,
    String role,
    DatesView dates,
    String facts,
    List<Markup> summary,
    String keywords,
    List<GroupView> groups)
    implements EntryView {

  /** This view, so that {@code {{#volunteer}}} selects entries of this kind. */
  public VolunteerView volunteer() {
    return this;
  }
}
