package io.github.cvdsl.render;

import io.github.cvdsl.model.Award;
import io.github.cvdsl.model.Certificate;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Dates;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import io.github.cvdsl.render.internal.Words;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Text that each format's syntax could swallow, and a CV that puts it in every place. */
final class TrickyText {

  /** Where every paragraph's link points: it has characters a Markdown destination must escape. */
  static final Url LINK = new Url("https://example.com/a_b(c)?q=1&r=<2>");

  private TrickyText() {}

  /**
   * Strings built from every special character of Markdown, HTML and plain text, at the start,
   * middle and end of a line.
   */
  static List<String> strings() {
    List<String> strings = new ArrayList<>();
    String specials = "\\`*_{}[]()#+-.!|<>";
    for (char c : specials.toCharArray()) {
      strings.add(c + "start");
      strings.add("mid" + c + "dle");
      strings.add("end" + c);
      strings.add(c + " spaced " + c);
      strings.add("" + c + c + c);
    }
    strings.add("\\ ` * _ { } [ ] ( ) # + - . ! | < >");
    strings.add("# heading");
    strings.add("### heading ###");
    strings.add("Learn C# and F#");
    strings.add("1. ordered");
    strings.add("1) ordered");
    strings.add("2019. A year");
    strings.add("- dash");
    strings.add("+ plus");
    strings.add("* star");
    strings.add("> quote");
    strings.add("---");
    strings.add("===");
    strings.add("***");
    strings.add("- - -");
    strings.add("<b>bold?</b> <!-- comment --> <script>alert(1)</script>");
    strings.add("<http://autolink.example> and <me@example.com>");
    strings.add("&amp; &copy; &#169; &#x41; AT&T");
    strings.add("\"double\" and 'single' quotes");
    strings.add("**not strong** and *not em* and __not__ _em_");
    strings.add("`not code` and ``two``");
    strings.add("[not a link](http://example.com) and ![not an image](x.png)");
    strings.add("[ref]: http://example.com");
    strings.add("| a | b |");
    strings.add("~~not struck~~");
    strings.add("{attr=1}");
    strings.add("trailing backslash \\");
    strings.add("two trailing spaces  ");
    strings.add("    four spaces first");
    strings.add("tab\tinside\tand\ttabs");
    strings.add("line\nbreak and\r\nwindows");
    strings.add("emoji 😀🎉 and family 👩‍👩‍👧");
    strings.add("combining e\u0301 and a\u0308");
    strings.add("right-to-left שלום עולם and مرحبا");
    strings.add("Wow!");
    strings.add("a*b*c and 5 * 3 * 2");
    strings.add("snake_case_name and _leading");
    return strings;
  }

  /** The paragraphs each text slot of {@link #everywhere(String)} holds: every span kind. */
  static List<Text> paragraphs(String s) {
    return List.of(
        Text.plain(s),
        new Text(List.of(new Span.Strong(List.of(new Span.Plain(s))))),
        new Text(List.of(new Span.Emphasis(List.of(new Span.Plain(s))))),
        new Text(List.of(new Span.Code(s))),
        new Text(List.of(new Span.Link(List.of(new Span.Plain(s)), LINK))),
        new Text(
            List.of(
                new Span.Plain("x "),
                new Span.Strong(List.of(new Span.Plain(s))),
                new Span.Plain(" y "),
                new Span.Emphasis(List.of(new Span.Plain(s))),
                new Span.Plain(" z "),
                new Span.Code(s),
                new Span.Plain(" w "),
                new Span.Link(List.of(new Span.Plain(s)), LINK),
                new Span.Plain(" v"))),
        new Text(
            List.of(
                new Span.Plain(s),
                new Span.Strong(List.of(new Span.Plain(s))),
                new Span.Emphasis(List.of(new Span.Plain(s))),
                new Span.Plain(s))));
  }

  /**
   * What a reader sees of each block that {@link #everywhere(String)} produces, whitespace
   * collapsed: the text itself, each paragraph's words, and a profile line.
   */
  /** The blocks a reader must find: the text itself and each paragraph's words. */
  static Set<String> requiredBlocks(String s) {
    Set<String> blocks = new LinkedHashSet<>();
    blocks.add(collapse(s));
    paragraphs(s).forEach(paragraph -> blocks.add(collapse(paragraph.plainText())));
    return blocks;
  }

  static Set<String> visibleBlocks(String s) {
    Map<String, String> words = Words.english();
    String label = words.get("labelSeparator");
    Set<String> blocks = new LinkedHashSet<>();
    blocks.add(collapse(s));
    blocks.add(collapse(s + label + "@" + s));
    // Markdown's header line: the location, then the profile.
    blocks.add(collapse(s + words.get("separator") + s + label + "@" + s));
    // The labelled facts of the kinds with templates of their own.
    for (String key : List.of("score", "courses", "keywords")) {
      blocks.add(collapse(words.get(key) + label + s));
    }
    for (String key : List.of("awardedBy", "issuedBy", "publishedBy")) {
      blocks.add(collapse(words.get(key) + " " + s));
    }
    // Skills, languages and interests lead with their name, which is a heading and so stripped.
    for (String name : List.of(s, s.strip())) {
      blocks.add(collapse(name + words.get("dash") + s + label + s));
      blocks.add(collapse(name + words.get("dash") + s));
      blocks.add(collapse(name + label + s));
    }
    blocks.add(collapse(words.get("attribution") + s));
    paragraphs(s).forEach(paragraph -> blocks.add(collapse(paragraph.plainText())));
    return blocks;
  }

  /**
   * How a reader shows text: each run of whitespace as one space, none at the ends. Tabs and line
   * breaks in a paragraph are whitespace.
   */
  static String collapse(String text) {
    return text.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** A CV in which every text the author can write is {@code s} or holds it. */
  static Cv everywhere(String s) {
    List<Text> prose = paragraphs(s);
    List<HighlightGroup> bullets = bullets(s);
    Optional<String> maybe = Optional.of(s);
    Dates none = new Dates.None();
    List<Entry> entries =
        List.of(
            new Job(s, s, none, maybe, Optional.of(LINK), Optional.empty(), prose, bullets),
            new Volunteer(s, s, none, Optional.empty(), prose, bullets),
            new Education(
                s, Optional.empty(), maybe, none, maybe, List.of(s), Optional.empty(), prose, bullets),
            new Award(s, Optional.empty(), maybe, prose, bullets),
            new Certificate(s, Optional.empty(), maybe, Optional.empty(), bullets),
            new Publication(s, maybe, Optional.empty(), Optional.empty(), prose, bullets),
            new Skill(s, maybe, List.of(s), prose, bullets),
            new Language(s, maybe, bullets),
            new Interest(s, List.of(s), bullets),
            new Reference(s, prose, bullets),
            new Project(s, List.of(s), maybe, Optional.empty(), none, Optional.empty(), prose,
                List.of(s), bullets),
            new Item(s, maybe, none, Optional.empty(), prose, bullets));
    return new Cv(
        s,
        maybe,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(
            new Location(
                Optional.empty(), Optional.empty(), maybe, Optional.empty(), Optional.empty())),
        prose,
        List.of(new Profile(s, maybe, new Url("https://example.com/profile"))),
        List.of(new Section(s, prose, bullets, entries)),
        "en");
  }

  /**
   * A section holding {@code s} in a title, every span kind, an entry and nested bullets: the
   * HTML checker slows down on long documents, so one of these per string keeps a document of all
   * of them short.
   */
  static Section section(String s) {
    List<Text> prose = paragraphs(s);
    Job job =
        new Job(
            s,
            s,
            new Dates.None(),
            Optional.of(s),
            Optional.of(LINK),
            Optional.empty(),
            prose,
            List.of(
                new HighlightGroup(
                    Optional.of(Text.plain(s)), List.of(new Highlight(Text.plain(s), prose)))));
    return new Section(s, List.of(Text.plain(s)), List.of(), List.of(job));
  }

  /** How many entries {@link #everywhere(String)} has: one of each kind. */
  static int entryCount() {
    return 12;
  }

  /**
   * How many entries of {@link #everywhere(String)} have a heading of their own: all but skills,
   * languages and interests, which are one line each, and references, which end with the name.
   */
  static int headingCount() {
    return 8;
  }

  private static List<HighlightGroup> bullets(String s) {
    List<Text> prose = paragraphs(s);
    List<Highlight> highlights =
        prose.stream().map(text -> new Highlight(text, prose)).collect(Collectors.toList());
    return List.of(new HighlightGroup(Optional.of(Text.plain(s)), highlights));
  }
}
