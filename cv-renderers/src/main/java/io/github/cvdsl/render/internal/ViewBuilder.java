package io.github.cvdsl.render.internal;

import io.github.cvdsl.model.Award;
import io.github.cvdsl.model.Certificate;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Education;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Highlight;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Interest;
import io.github.cvdsl.model.Item;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Language;
import io.github.cvdsl.model.Location;
import io.github.cvdsl.model.Profile;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Publication;
import io.github.cvdsl.model.Reference;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Skill;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.model.Volunteer;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.template.InlineFormat;
import io.github.cvdsl.render.template.Markup;
import io.github.cvdsl.render.view.AwardView;
import io.github.cvdsl.render.view.CertificateView;
import io.github.cvdsl.render.view.ContactView;
import io.github.cvdsl.render.view.CvView;
import io.github.cvdsl.render.view.DatesView;
import io.github.cvdsl.render.view.EducationView;
import io.github.cvdsl.render.view.EntryView;
import io.github.cvdsl.render.view.GroupView;
import io.github.cvdsl.render.view.HighlightView;
import io.github.cvdsl.render.view.InterestView;
import io.github.cvdsl.render.view.ItemView;
import io.github.cvdsl.render.view.JobView;
import io.github.cvdsl.render.view.LanguageView;
import io.github.cvdsl.render.view.LocationView;
import io.github.cvdsl.render.view.ProjectView;
import io.github.cvdsl.render.view.PublicationView;
import io.github.cvdsl.render.view.ReferenceView;
import io.github.cvdsl.render.view.SectionView;
import io.github.cvdsl.render.view.SkillView;
import io.github.cvdsl.render.view.VolunteerView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the view of a CV that templates see, in one format: prose becomes that format's markup
 * here, through its {@link InlineFormat}; every other value stays the author's text, for templates
 * to write escaped. What is shown where, and with which label, is up to the templates.
 */
public final class ViewBuilder {

  private final RenderOptions options;
  private final InlineFormat inline;
  private final DatesFormatter dates;
  private final Map<String, String> words;
  private final Map<String, Markup> shownWords;
  private final StringBuilder scratch = new StringBuilder(512);

  /**
   * A builder for one render.
   *
   * @param options titles and width
   * @param inline the format's inline markup
   * @param dates the dates formatter for the CV's locale
   * @param words the fixed words
   * @param shownWords the fixed words as the format writes them
   */
  public ViewBuilder(
      RenderOptions options,
      InlineFormat inline,
      DatesFormatter dates,
      Map<String, String> words,
      Map<String, Markup> shownWords) {
    this.options = options;
    this.inline = inline;
    this.dates = dates;
    this.words = words;
    this.shownWords = shownWords;
  }

  /**
   * The view of {@code cv}.
   *
   * @param cv the CV
   * @return its view
   */
  public CvView build(Cv cv) {
    // Plain conditions, no lambdas or streams: each lambda is bootstrapped on a program's first
    // render, and a run-time render usually runs once per process.
    String emailAddress = present(cv.email());
    ContactView email = emailAddress == null ? null : email(emailAddress);
    String phoneNumber = present(cv.phone());
    ContactView phone = phoneNumber == null ? null : phone(phoneNumber);
    ContactView website = cv.website().isPresent() ? website(cv.website().get()) : null;
    LocationView location =
        cv.location().isPresent() ? location(cv.location().get(), cv.locale()) : null;
    List<ContactView> contacts = new ArrayList<>();
    addContact(contacts, email);
    addContact(contacts, phone);
    addContact(contacts, website);
    if (location != null && location.line() != null) {
      addContact(
          contacts,
          new ContactView("location", null, location.line(), null, plain(location.line()), false));
    }
    List<ContactView> profiles = new ArrayList<>(cv.profiles().size());
    for (Profile profile : cv.profiles()) {
      ContactView view = profile(profile, profiles.isEmpty());
      profiles.add(view);
      addContact(contacts, view);
    }
    List<SectionView> sections = new ArrayList<>(cv.sections().size());
    for (Section section : cv.sections()) {
      sections.add(section(section));
    }
    String name = cv.name().isBlank() ? null : cv.name();
    return new CvView(
        cv.language(),
        name == null ? words.get("cv") : name,
        name,
        CodePoints.underline('=', cv.name(), options.width()),
        present(cv.label()),
        email,
        phone,
        website,
        location,
        List.copyOf(profiles),
        List.copyOf(contacts),
        formatAll(cv.summary()),
        List.copyOf(sections),
        shownWords);
  }

  private static void addContact(List<ContactView> contacts, ContactView contact) {
    if (contact != null) {
      contacts.add(
          new ContactView(
              contact.kind(),
              contact.network(),
              contact.text(),
              contact.url(),
              contact.link(),
              contacts.isEmpty()));
    }
  }

  private ContactView email(String email) {
    String address = email.strip();
    return contact("email", null, address, new Url("mailto:" + address));
  }

  private ContactView phone(String phone) {
    String shown = phone.strip();
    StringBuilder dialable = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '+' || (c >= '0' && c <= '9')) {
        dialable.append(c);
      }
    }
    return dialable.length() == 0
        ? new ContactView("phone", null, shown, null, plain(shown), true)
        : contact("phone", null, shown, new Url("tel:" + dialable));
  }

  private ContactView website(Url url) {
    return contact("website", null, shownAddress(url), url);
  }

  private ContactView profile(Profile profile, boolean first) {
    String username = present(profile.username());
    String text =
        username == null
            ? shownAddress(profile.url())
            : username.startsWith("@") ? username : "@" + username;
    ContactView view =
        contact("profile", present(profile.network()) ? profile.network() : null, text, profile.url());
    return new ContactView(view.kind(), view.network(), view.text(), view.url(), view.link(), first);
  }

  private ContactView contact(String kind, String network, String text, Url url) {
    Markup link = markup(new Text(List.of(new Span.Link(List.of(new Span.Plain(text)), url))));
    return new ContactView(kind, network, text, url.value(), link, true);
  }

  private LocationView location(Location location, Locale language) {
    String address = present(location.address());
    String city = present(location.city());
    String region = present(location.region());
    String postalCode = present(location.postalCode());
    String countryCode = present(location.countryCode());
    String country = countryCode == null ? null : countryName(countryCode, language);
    List<String> parts = new ArrayList<>(5);
    for (String part : new String[] {address, city, region, postalCode, country}) {
      if (part != null) {
        parts.add(part);
      }
    }
    String line = parts.isEmpty() ? null : String.join(words.get("listSeparator"), parts);
    return new LocationView(address, city, region, postalCode, countryCode, country, line);
  }

  /** The country's name in the CV's language, or the code where no table names it. */
  private static String countryName(String countryCode, Locale language) {
    return CountryNames.of(countryCode, language);
  }

  private SectionView section(Section section) {
    String title = options.sectionTitle(section.title());
    List<EntryView> entries = new ArrayList<>(section.entries().size());
    for (Entry entry : section.entries()) {
      entries.add(entry(entry));
    }
    return new SectionView(
        title.isBlank() ? null : title,
        CodePoints.underline('-', title, options.width()),
        formatAll(section.summary()),
        groups(section.highlights()),
        entries);
  }

  private EntryView entry(Entry entry) {
    EntryParts parts = EntryParts.of(entry);
    Markup heading = parts.heading().isBlank() ? null : markup(heading(parts));
    String role = parts.role().orElse(null);
    DatesView when = dates.format(parts.dates()).orElse(null);
    String facts = joined(words.get("separator"), parts.facts());
    List<Markup> summary = formatAll(parts.summary());
    String keywords = joined(words.get("listSeparator"), parts.keywords());
    List<GroupView> groups = groups(parts.highlights());
    if (entry instanceof Job job) {
      return new JobView(job, heading, role, when, facts, summary, keywords, groups);
    } else if (entry instanceof Volunteer volunteer) {
      return new VolunteerView(volunteer, heading, role, when, facts, summary, keywords, groups);
    } else if (entry instanceof Education education) {
      return new EducationView(education, heading, role, when, facts, summary, keywords, groups);
    } else if (entry instanceof Award award) {
      return new AwardView(award, heading, role, when, facts, summary, keywords, groups);
    } else if (entry instanceof Certificate certificate) {
      return new CertificateView(certificate, heading, role, when, facts, summary, keywords, groups);
    } else if (entry instanceof Publication publication) {
      return new PublicationView(publication, heading, role, when, facts, summary, keywords, groups);
    } else if (entry instanceof Skill skill) {
      return new SkillView(skill, heading, role, when, facts, summary, keywords, groups);
    } else if (entry instanceof Language language) {
      return new LanguageView(language, heading, role, when, facts, summary, keywords, groups);
    } else if (entry instanceof Interest interest) {
      return new InterestView(interest, heading, role, when, facts, summary, keywords, groups);
    } else if (entry instanceof Reference reference) {
      return new ReferenceView(reference, heading, role, when, facts, summary, keywords, groups);
    } else if (entry instanceof Project project) {
      return new ProjectView(project, heading, role, when, facts, summary, keywords, groups);
    }
    return new ItemView((Item) entry, heading, role, when, facts, summary, keywords, groups);
  }

  /** The values joined, or {@code null} if there are none. */
  private static String joined(String separator, List<String> values) {
    return values.isEmpty() ? null : String.join(separator, values);
  }

  private static Text heading(EntryParts parts) {
    Span plain = new Span.Plain(parts.heading());
    return new Text(
        List.of(parts.url().isPresent() ? new Span.Link(List.of(plain), parts.url().get()) : plain));
  }

  private List<GroupView> groups(List<HighlightGroup> groups) {
    List<GroupView> views = new ArrayList<>(groups.size());
    for (HighlightGroup group : groups) {
      List<HighlightView> highlights = new ArrayList<>(group.highlights().size());
      for (Highlight highlight : group.highlights()) {
        highlights.add(new HighlightView(markup(highlight.text()), formatAll(highlight.details())));
      }
      Markup title = group.title().isPresent() ? markup(group.title().get()) : Markup.EMPTY;
      if (!title.isEmpty() || !highlights.isEmpty()) {
        views.add(new GroupView(title.isEmpty() ? null : title, List.copyOf(highlights)));
      }
    }
    return List.copyOf(views);
  }

  private List<Markup> formatAll(List<Text> paragraphs) {
    List<Markup> formatted = new ArrayList<>(paragraphs.size());
    for (Text paragraph : paragraphs) {
      Markup markup = markup(paragraph);
      if (!markup.isEmpty()) {
        formatted.add(markup);
      }
    }
    return List.copyOf(formatted);
  }

  /** The paragraph's markup without leading or trailing whitespace. */
  private Markup markup(Text paragraph) {
    scratch.setLength(0);
    inline.format(paragraph, scratch);
    int start = 0;
    int end = scratch.length();
    while (start < end && Character.isWhitespace(scratch.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(scratch.charAt(end - 1))) {
      end--;
    }
    return start == end ? Markup.EMPTY : new Markup(scratch.substring(start, end));
  }

  private Markup plain(String text) {
    return markup(Text.plain(text));
  }

  private static boolean present(String value) {
    return !value.isBlank();
  }

  /** The value, or {@code null} where it is absent or blank. */
  private static String present(Optional<String> value) {
    return value.isPresent() && !value.get().isBlank() ? value.get() : null;
  }

  /** A web address as people write it: "kura.gg" for "https://kura.gg/". */
  static String shownAddress(Url url) {
    String value = url.value();
    String scheme = url.scheme();
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return value;
    }
    String rest = value.substring(value.indexOf("://") + 3);
    return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
  }
}
