package io.github.cvdsl.render.view;

import io.github.cvdsl.model.Entry;
import io.github.cvdsl.render.template.Markup;
import java.util.List;

/**
 * An entry as templates see it: one record per kind, each carrying its typed entry. Every kind has
 * the generic parts below, which {@code entry.mustache} lays out for a kind that has no template
 * of its own; a kind's template can use its entry's own values instead, e.g. {@code
 * {{entry.score}}} of an education. Strings are the author's text and markup is the format's,
 * and templates write both with {@code {{ }}}: the text is escaped, the markup is not.
 */
public sealed interface EntryView
    permits JobView,
        VolunteerView,
        EducationView,
        AwardView,
        CertificateView,
        PublicationView,
        SkillView,
        LanguageView,
        InterestView,
        ReferenceView,
        ProjectView,
        ItemView {

  /** The typed entry. */
  Entry entry();

  /** The heading's markup, a link where the entry has a URL, or {@code null}. */
  Markup heading();

  /** The text of the line under the heading before the dates, or {@code null}. */
  String role();

  /** When, or {@code null}. */
  DatesView dates();

  /** Short facts joined with the separator word, or {@code null}. */
  String facts();

  /** The paragraphs' markup. */
  List<Markup> summary();

  /** Keywords or courses joined with the list word, or {@code null}. */
  String keywords();

  /** The bullets, in groups. */
  List<GroupView> groups();
}
