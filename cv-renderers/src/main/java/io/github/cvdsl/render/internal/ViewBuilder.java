package io.github.cvdsl.render.internal;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Highlight;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Profile;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the view of a CV that templates see, in one format: prose becomes that format's markup
 * here, through its {@link InlineFormat}; short values stay the author's text for the templates to
 * escape.
 */
public final class ViewBuilder {

  /** Between an entry's role and its dates. */
  public static final String BYLINE_SEPARATOR = " • ";

  /** Between contacts and between an entry's facts. */
  public static final String FACT_SEPARATOR = " · ";

  private static final String KEYWORD_SEPARATOR = ", ";

  private final RenderOptions options;
  private final InlineFormat inline;
  private final DatesFormatter dates;
  // Every paragraph is formatted here in turn; one render formats hundreds of thousands.
  private final StringBuilder scratch = new StringBuilder(512);

  /**
   * A builder for one render.
   *
   * @param options titles and width
   * @param inline the format's inline markup
   * @param dates the dates formatter for the CV's locale
   */
  public ViewBuilder(RenderOptions options, InlineFormat inline, DatesFormatter dates) {
    this.options = options;
    this.inline = inline;
    this.dates = dates;
  }

  /**
   * The view of {@code cv}.
   *
   * @param cv the CV
   * @return its view
   */
  public CvView build(Cv cv) {
    List<String> contacts = formatAll(contacts(cv));
    List<SectionView> sections = new ArrayList<>(cv.sections().size() + 1);
    for (Section section : cv.sections()) {
      sections.add(section(section));
    }
    if (!cv.profiles().isEmpty()) {
      sections.add(section(profilesSection(cv.profiles())));
    }
    return new CvView(
        cv.language(),
        cv.name(),
        CodePoints.underline('=', cv.name(), options.width()),
        cv.label().filter(label -> !label.isBlank()).orElse(null),
        contacts,
        contacts.isEmpty() ? null : String.join(FACT_SEPARATOR, contacts),
        formatAll(cv.summary()),
        List.copyOf(sections));
  }

  private SectionView section(Section section) {
    String title = options.sectionTitle(section.title());
    // Each entry's view is made when a template reaches it and dropped after, so a long CV is
    // never held as views all at once.
    List<EntryView> entries =
        new MappedList<>(section.entries(), entry -> entry(EntryParts.of(entry)));
    return new SectionView(
        title.isBlank() ? null : title,
        CodePoints.underline('-', title, options.width()),
        formatAll(section.summary()),
        groups(section.highlights()),
        entries);
  }

  private EntryView entry(EntryParts parts) {
    return new EntryView(
        parts.heading().isBlank() ? null : markup(heading(parts)),
        byline(parts),
        joined(FACT_SEPARATOR, parts.facts()),
        formatAll(parts.summary()),
        joined(KEYWORD_SEPARATOR, parts.keywords()),
        groups(parts.highlights()));
  }

  /** The values joined, or {@code null} if there are none. */
  private static String joined(String separator, List<String> values) {
    // Most entries have one fact or none; String.join would copy even a single value.
    switch (values.size()) {
      case 0:
        return null;
      case 1:
        return values.get(0);
      default:
        return String.join(separator, values);
    }
  }

  private static Text heading(EntryParts parts) {
    Span plain = new Span.Plain(parts.heading());
    return new Text(
        List.of(parts.url().<Span>map(url -> new Span.Link(List.of(plain), url)).orElse(plain)));
  }

  private BylineView byline(EntryParts parts) {
    Optional<DatesView> shownDates = dates.format(parts.dates());
    String role = parts.role().orElse(null);
    if (role == null && shownDates.isEmpty()) {
      return null;
    }
    if (role == null) {
      return new BylineView(null, null, shownDates.get(), shownDates.get().text());
    }
    if (shownDates.isEmpty()) {
      return new BylineView(role, null, null, role);
    }
    DatesView both = shownDates.get();
    return new BylineView(role, BYLINE_SEPARATOR, both, role + BYLINE_SEPARATOR + both.text());
  }

  private List<GroupView> groups(List<HighlightGroup> groups) {
    List<GroupView> views = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      HighlightGroup group = groups.get(g);
      List<Highlight> bullets = group.highlights();
      List<HighlightView> highlights = new ArrayList<>(bullets.size());
      for (int i = 0; i < bullets.size(); i++) {
        Highlight highlight = bullets.get(i);
        highlights.add(
            new HighlightView(markup(highlight.text()), formatAll(highlight.details())));
      }
      String title = group.title().isPresent() ? markup(group.title().get()) : "";
      if (title.isEmpty()) {
        title = null;
      }
      if (title != null || !highlights.isEmpty()) {
        views.add(new GroupView(title, highlights));
      }
    }
    return views;
  }

  private List<String> formatAll(List<Text> paragraphs) {
    if (paragraphs.isEmpty()) {
      // Most bullets have no nested bullets: share one empty list rather than make one each.
      return List.of();
    }
    if (paragraphs.size() == 1) {
      // The usual case, a summary or a nested bullet of one paragraph, in the smallest list.
      String markup = markup(paragraphs.get(0));
      return markup.isEmpty() ? List.of() : List.of(markup);
    }
    List<String> formatted = new ArrayList<>(paragraphs.size());
    // By index: an iterator per list is garbage, and a long CV has hundreds of thousands of lists.
    for (int i = 0; i < paragraphs.size(); i++) {
      String markup = markup(paragraphs.get(i));
      if (!markup.isEmpty()) {
        formatted.add(markup);
      }
    }
    return formatted;
  }

  /** The paragraph's markup without leading or trailing whitespace. */
  private String markup(Text paragraph) {
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
    List<Span> spans = paragraph.spans();
    if (start == 0
        && end == scratch.length()
        && spans.size() == 1
        && spans.get(0) instanceof Span.Plain plain
        && plain.text().contentEquals(scratch)) {
      // A paragraph of one plain run with nothing to escape, as nested bullets often are, is its
      // own markup: a copy of the author's string would only be garbage.
      return plain.text();
    }
    return scratch.substring(start, end);
  }

  private static List<Text> contacts(Cv cv) {
    List<Text> contacts = new ArrayList<>(4);
    cv.email()
        .filter(email -> !email.isBlank())
        .ifPresent(email -> contacts.add(link(email, new Url("mailto:" + email.strip()))));
    cv.phone()
        .filter(phone -> !phone.isBlank())
        .ifPresent(phone -> contacts.add(phone(phone)));
    cv.website().ifPresent(url -> contacts.add(link(url.value(), url)));
    cv.location()
        .map(location -> location.oneLine())
        .filter(line -> !line.isBlank())
        .ifPresent(line -> contacts.add(Text.plain(line)));
    return contacts;
  }

  private static Text phone(String phone) {
    String dialable = phone.replaceAll("[^+0-9]", "");
    return dialable.isEmpty() ? Text.plain(phone) : link(phone, new Url("tel:" + dialable));
  }

  private static Text link(String label, Url url) {
    return new Text(List.of(new Span.Link(List.of(new Span.Plain(label)), url)));
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

  /** The profiles as a section of bullets, e.g. "GitHub: [@kura](https://github.com/kura)". */
  private static Section profilesSection(List<Profile> profiles) {
    List<Highlight> highlights = new ArrayList<>(profiles.size());
    for (Profile profile : profiles) {
      String label =
          profile
              .username()
              .filter(name -> !name.isBlank())
              .map(name -> name.startsWith("@") ? name : "@" + name)
              .orElseGet(() -> shownAddress(profile.url()));
      Span link = new Span.Link(List.of(new Span.Plain(label)), profile.url());
      List<Span> spans =
          profile.network().isBlank()
              ? List.of(link)
              : List.of(new Span.Plain(profile.network() + ": "), link);
      highlights.add(new Highlight(new Text(spans), List.of()));
    }
    return new Section(
        RenderOptions.SOCIAL_LINKS,
        List.of(),
        List.of(new HighlightGroup(Optional.empty(), highlights)),
        List.of());
  }
}
