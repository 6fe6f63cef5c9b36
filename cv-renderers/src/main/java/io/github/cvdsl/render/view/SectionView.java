package io.github.cvdsl.render.view;

import io.github.cvdsl.render.template.Markup;
import java.util.List;

/**
 * A section as templates see it.
 *
 * @param title the shown title, or {@code null} if blank
 * @param titleUnderline dashes as wide as the title, for plain text
 * @param summary the paragraphs' markup
 * @param groups the section's own bullets
 * @param entries the entries, one view per kind
 */
public record SectionView(
    String title,
    String titleUnderline,
    List<Markup> summary,
    List<GroupView> groups,
    List<EntryView> entries) {}
