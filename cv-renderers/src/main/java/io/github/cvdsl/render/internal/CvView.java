package io.github.cvdsl.render.internal;

import java.util.List;

/**
 * A whole CV as templates see it, the root scope of {@code cv.mustache}.
 *
 * @param lang the BCP 47 language tag
 * @param name the person's name, unescaped
 * @param nameUnderline equals signs as wide as the name, for plain text
 * @param label the headline, unescaped, or {@code null}
 * @param contacts e-mail, phone, website and location, each as markup
 * @param contactLine the contacts' markup joined with {@code " · "}, or {@code null}
 * @param summary the paragraphs' markup
 * @param sections the sections, the profiles last
 */
public record CvView(
    String lang,
    String name,
    String nameUnderline,
    String label,
    List<String> contacts,
    String contactLine,
    List<String> summary,
    List<SectionView> sections) {

  /** Whether there is any contact: templates wrap them in a list only then. */
  public boolean hasContacts() {
    return !contacts.isEmpty();
  }

  /** The document title: the name, or {@code "CV"} when the name is blank. */
  public String title() {
    return name.isBlank() ? "CV" : name;
  }
}
