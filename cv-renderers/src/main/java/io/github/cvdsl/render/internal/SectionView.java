package io.github.cvdsl.render.internal;

import java.util.List;

/**
 * A section as templates see it.
 *
 * @param title the shown title, unescaped, or {@code null} if blank
 * @param titleUnderline dashes as wide as the title, for plain text
 * @param summary the paragraphs' markup
 * @param groups the section's own bullets
 * @param entries the entries, each view made when a template reads it
 */
public record SectionView(
    String title,
    String titleUnderline,
    List<String> summary,
    List<GroupView> groups,
    List<EntryView> entries) {}
