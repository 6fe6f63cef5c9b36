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
    List<EntryView> entries) {

  /**
   * Whether the section holds entries and every one is a skill, a language or an interest: what
   * the sidebar look of the HTML and the PDF puts beside the main column.
   */
  public boolean aside() {
    if (entries.isEmpty() || !groups.isEmpty() || !summary.isEmpty()) {
      return false;
    }
    for (EntryView entry : entries) {
      if (!(entry instanceof SkillView
          || entry instanceof LanguageView
          || entry instanceof InterestView)) {
        return false;
      }
    }
    return true;
  }
}
