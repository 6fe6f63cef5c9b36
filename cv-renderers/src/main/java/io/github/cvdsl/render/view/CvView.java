package io.github.cvdsl.render.view;

import io.github.cvdsl.render.Languages;
import io.github.cvdsl.render.template.Markup;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A whole CV as templates see it, the root scope of {@code cv.mustache}. Strings are the author's
 * text and markup is the format's; templates write both with {@code {{ }}}.
 *
 * @param lang the BCP 47 language tag
 * @param title the document title: the name, or the word {@code cv} when the name is blank
 * @param name the person's name, or {@code null} if blank
 * @param nameUnderline equals signs as wide as the name, for plain text
 * @param label the headline, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param phone the phone number, or {@code null}
 * @param website the website, or {@code null}
 * @param location where the person is, or {@code null}
 * @param profiles the profiles on social networks, in the author's order
 * @param contacts e-mail, phone, website, location and profiles, in that order: what a header shows
 * @param summary the paragraphs' markup
 * @param sections the sections, in the author's order
 * @param words the fixed words in the CV's language, as the format's markup, e.g. {@code
 *     {{words.score}}}
 */
public record CvView(
    String lang,
    String title,
    String name,
    String nameUnderline,
    String label,
    ContactView email,
    ContactView phone,
    ContactView website,
    LocationView location,
    List<ContactView> profiles,
    List<ContactView> contacts,
    List<Markup> summary,
    List<SectionView> sections,
    Map<String, Markup> words) {

  /**
   * Whether the CV's language is written right to left (Arabic, Persian, Hebrew, ...): HTML
   * templates write {@code dir="rtl"} then.
   */
  public boolean rtl() {
    return Languages.isRightToLeft(Locale.forLanguageTag(lang));
  }

  /** Whether there is any contact or profile: templates wrap them in a list only then. */
  public boolean hasContacts() {
    return !contacts.isEmpty();
  }
}
