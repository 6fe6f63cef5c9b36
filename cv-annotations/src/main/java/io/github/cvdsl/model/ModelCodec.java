package io.github.cvdsl.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * How a generated model class holds its CV: as compact text that this class writes at compile time
 * and reads back once, when the model class is initialised. Code that rebuilt the CV call by call
 * was several times the size of the CV's own source and made compiling a CV many times slower;
 * string constants cost javac next to nothing.
 *
 * <p>The processor decodes what it encoded and compares the two models before it writes the model
 * class, so a CV that compiled always decodes. The format is private to a cvdsl version: a model
 * class compiled by another version fails with a message that says to compile the CV again.
 *
 * <p>The format: components in the order their record declares them; a number is its decimal digits
 * and {@code ,}; a string its length, {@code :} and its characters; an optional {@code -} or {@code
 * +} and the value; a list its size and its items; a map (the CV's words) its size and each key
 * and value; a member of a sealed type one letter and its
 * components.
 */
public final class ModelCodec {
  /**
   * Names the format. Change it with the format, which the golden model class in cv-processor's
   * tests pins, so that a model class compiled before the change says so instead of misreading.
   */
  private static final String FORMAT = "cvdsl-model-2;";

  private ModelCodec() {}

  /**
   * The CV as text that {@link #decode} reads back, split into pieces that each fit a class file's
   * string constant, a surrogate pair never split between two.
   *
   * @param cv the CV
   * @param maxPieceLength the most characters in one piece; at least 2
   * @return the pieces, in order
   */
  public static List<String> encode(Cv cv, int maxPieceLength) {
    if (maxPieceLength < 2) {
      throw new IllegalArgumentException("a piece must hold a surrogate pair: " + maxPieceLength);
    }
    Encoder encoder = new Encoder();
    encoder.out.append(FORMAT);
    encoder.cv(cv);
    String all = encoder.out.toString();
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < all.length()) {
      int end = Math.min(start + maxPieceLength, all.length());
      if (end < all.length() && Character.isHighSurrogate(all.charAt(end - 1))) {
        end--;
      }
      pieces.add(all.substring(start, end));
      start = end;
    }
    return pieces;
  }

  /**
   * The CV that {@link #encode} wrote.
   *
   * @param pieces the pieces {@code encode} returned, in order
   * @return the CV
   * @throws IllegalStateException if the pieces were not written by this version's {@code encode}
   */
  public static Cv decode(String... pieces) {
    String text = String.join("", pieces);
    if (!text.startsWith(FORMAT)) {
      throw new IllegalStateException(
          "this CV model was compiled by another version of cvdsl: compile the CV again with "
              + "the cvdsl processor of the same version as the cv-annotations on the class path");
    }
    Decoder decoder = new Decoder(text, FORMAT.length());
    Cv cv;
    try {
      cv = decoder.cv();
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      throw new IllegalStateException("CV model data is damaged at " + decoder.position, e);
    }
    if (decoder.position != text.length()) {
      throw new IllegalStateException(
          "CV model data ends at " + decoder.position + " of " + text.length());
    }
    return cv;
  }

  private static final class Encoder {
    final StringBuilder out = new StringBuilder();

    void cv(Cv cv) {
      string(cv.name());
      optional(cv.label(), this::string);
      optional(cv.email(), this::string);
      optional(cv.phone(), this::string);
      optional(cv.website(), this::url);
      optional(cv.location(), this::location);
      list(cv.summary(), this::text);
      list(cv.profiles(), this::profile);
      list(cv.sections(), this::section);
      string(cv.language());
      number(cv.words().size());
      for (Map.Entry<String, String> word : cv.words().entrySet()) {
        string(word.getKey());
        string(word.getValue());
      }
    }

    void location(Location location) {
      optional(location.address(), this::string);
      optional(location.postalCode(), this::string);
      optional(location.city(), this::string);
      optional(location.region(), this::string);
      optional(location.countryCode(), this::string);
    }

    void profile(Profile profile) {
      string(profile.network());
      optional(profile.username(), this::string);
      url(profile.url());
    }

    void section(Section section) {
      string(section.title());
      list(section.summary(), this::text);
      list(section.highlights(), this::group);
      list(section.entries(), this::entry);
    }

    void entry(Entry entry) {
      if (entry instanceof Job job) {
        tag('J');
        string(job.organisation());
        string(job.position());
        dates(job.dates());
        optional(job.location(), this::string);
        optional(job.url(), this::url);
        optional(job.description(), this::string);
        list(job.summary(), this::text);
        list(job.highlights(), this::group);
      } else if (entry instanceof Volunteer volunteer) {
        tag('V');
        string(volunteer.organisation());
        string(volunteer.position());
        dates(volunteer.dates());
        optional(volunteer.url(), this::url);
        list(volunteer.summary(), this::text);
        list(volunteer.highlights(), this::group);
      } else if (entry instanceof Education education) {
        tag('E');
        string(education.institution());
        optional(education.area(), this::string);
        optional(education.studyType(), this::string);
        dates(education.dates());
        optional(education.score(), this::string);
        list(education.courses(), this::string);
        optional(education.url(), this::url);
        list(education.summary(), this::text);
        list(education.highlights(), this::group);
      } else if (entry instanceof Award award) {
        tag('A');
        string(award.title());
        optional(award.date(), this::date);
        optional(award.awarder(), this::string);
        list(award.summary(), this::text);
        list(award.highlights(), this::group);
      } else if (entry instanceof Certificate certificate) {
        tag('C');
        string(certificate.name());
        optional(certificate.date(), this::date);
        optional(certificate.issuer(), this::string);
        optional(certificate.url(), this::url);
        list(certificate.highlights(), this::group);
      } else if (entry instanceof Publication publication) {
        tag('U');
        string(publication.name());
        optional(publication.publisher(), this::string);
        optional(publication.releaseDate(), this::date);
        optional(publication.url(), this::url);
        list(publication.summary(), this::text);
        list(publication.highlights(), this::group);
      } else if (entry instanceof Skill skill) {
        tag('S');
        string(skill.name());
        optional(skill.level(), this::string);
        list(skill.keywords(), this::string);
        list(skill.summary(), this::text);
        list(skill.highlights(), this::group);
      } else if (entry instanceof Language language) {
        tag('L');
        string(language.language());
        optional(language.fluency(), this::string);
        list(language.highlights(), this::group);
      } else if (entry instanceof Interest interest) {
        tag('I');
        string(interest.name());
        list(interest.keywords(), this::string);
        list(interest.highlights(), this::group);
      } else if (entry instanceof Reference reference) {
        tag('R');
        string(reference.name());
        list(reference.reference(), this::text);
        list(reference.highlights(), this::group);
      } else if (entry instanceof Project project) {
        tag('P');
        string(project.name());
        list(project.roles(), this::string);
        optional(project.entity(), this::string);
        optional(project.type(), this::string);
        dates(project.dates());
        optional(project.url(), this::url);
        list(project.summary(), this::text);
        list(project.keywords(), this::string);
        list(project.highlights(), this::group);
      } else if (entry instanceof Item item) {
        tag('T');
        string(item.title());
        optional(item.subtitle(), this::string);
        dates(item.dates());
        optional(item.url(), this::url);
        list(item.summary(), this::text);
        list(item.highlights(), this::group);
      } else {
        throw unknown(entry);
      }
    }

    void group(HighlightGroup group) {
      optional(group.title(), this::text);
      list(group.highlights(), this::highlight);
    }

    void highlight(Highlight highlight) {
      text(highlight.text());
      list(highlight.details(), this::text);
    }

    void text(Text text) {
      list(text.spans(), this::span);
    }

    void span(Span span) {
      if (span instanceof Span.Plain plain) {
        tag('p');
        string(plain.text());
      } else if (span instanceof Span.Strong strong) {
        tag('s');
        list(strong.children(), this::span);
      } else if (span instanceof Span.Emphasis emphasis) {
        tag('e');
        list(emphasis.children(), this::span);
      } else if (span instanceof Span.Code code) {
        tag('c');
        string(code.code());
      } else if (span instanceof Span.Link link) {
        tag('l');
        list(link.label(), this::span);
        url(link.url());
      } else {
        throw unknown(span);
      }
    }

    void dates(Dates dates) {
      if (dates instanceof Dates.None) {
        tag('n');
      } else if (dates instanceof Dates.Single single) {
        tag('s');
        date(single.date());
      } else if (dates instanceof Dates.Range range) {
        tag('r');
        date(range.start());
        date(range.end());
      } else if (dates instanceof Dates.Ongoing ongoing) {
        tag('o');
        date(ongoing.start());
      } else {
        throw unknown(dates);
      }
    }

    void date(CvDate date) {
      if (date instanceof CvDate.OfYear year) {
        tag('y');
        number(year.year());
      } else if (date instanceof CvDate.OfMonth month) {
        tag('m');
        number(month.month().getYear());
        number(month.month().getMonthValue());
      } else if (date instanceof CvDate.OfDay day) {
        tag('d');
        number(day.day().getYear());
        number(day.day().getMonthValue());
        number(day.day().getDayOfMonth());
      } else {
        throw unknown(date);
      }
      tag(date.approximate() ? '~' : '=');
    }

    void url(Url url) {
      string(url.value());
    }

    void string(String value) {
      out.append(value.length()).append(':').append(value);
    }

    void number(int value) {
      out.append(value).append(',');
    }

    void tag(char tag) {
      out.append(tag);
    }

    <T> void optional(Optional<T> value, Consumer<T> write) {
      if (value.isPresent()) {
        out.append('+');
        write.accept(value.get());
      } else {
        out.append('-');
      }
    }

    <T> void list(List<T> values, Consumer<T> write) {
      number(values.size());
      values.forEach(write);
    }

    private static IllegalArgumentException unknown(Object value) {
      return new IllegalArgumentException("no encoding for " + value.getClass().getName());
    }
  }

  /** What a list or an optional holds. */
  private enum Value {
    STRING,
    URL,
    LOCATION,
    TEXT,
    PROFILE,
    SECTION,
    ENTRY,
    GROUP,
    HIGHLIGHT,
    SPAN,
    DATE
  }

  /**
   * Reads what {@link Encoder} wrote, in the same order. It runs when a user's program starts, so
   * it uses no lambdas: bootstrapping the first ones costs a cold JVM tens of milliseconds.
   */
  private static final class Decoder {
    private final String in;
    int position;

    Decoder(String in, int position) {
      this.in = in;
      this.position = position;
    }

    Cv cv() {
      return new Cv(
          string(),
          optional(Value.STRING),
          optional(Value.STRING),
          optional(Value.STRING),
          optional(Value.URL),
          optional(Value.LOCATION),
          list(Value.TEXT),
          list(Value.PROFILE),
          list(Value.SECTION),
          string(),
          words());
    }

    Map<String, String> words() {
      int size = number();
      Map<String, String> words = new TreeMap<>();
      for (int i = 0; i < size; i++) {
        words.put(string(), string());
      }
      return words;
    }

    Location location() {
      return new Location(
          optional(Value.STRING),
          optional(Value.STRING),
          optional(Value.STRING),
          optional(Value.STRING),
          optional(Value.STRING));
    }

    Profile profile() {
      return new Profile(string(), optional(Value.STRING), url());
    }

    Section section() {
      return new Section(string(), list(Value.TEXT), list(Value.GROUP), list(Value.ENTRY));
    }

    Entry entry() {
      char tag = tag();
      switch (tag) {
        case 'J':
          return new Job(
              string(),
              string(),
              dates(),
              optional(Value.STRING),
              optional(Value.URL),
              optional(Value.STRING),
              list(Value.TEXT),
              list(Value.GROUP));
        case 'V':
          return new Volunteer(
              string(),
              string(),
              dates(),
              optional(Value.URL),
              list(Value.TEXT),
              list(Value.GROUP));
        case 'E':
          return new Education(
              string(),
              optional(Value.STRING),
              optional(Value.STRING),
              dates(),
              optional(Value.STRING),
              list(Value.STRING),
              optional(Value.URL),
              list(Value.TEXT),
              list(Value.GROUP));
        case 'A':
          return new Award(
              string(),
              optional(Value.DATE),
              optional(Value.STRING),
              list(Value.TEXT),
              list(Value.GROUP));
        case 'C':
          return new Certificate(
              string(),
              optional(Value.DATE),
              optional(Value.STRING),
              optional(Value.URL),
              list(Value.GROUP));
        case 'U':
          return new Publication(
              string(),
              optional(Value.STRING),
              optional(Value.DATE),
              optional(Value.URL),
              list(Value.TEXT),
              list(Value.GROUP));
        case 'S':
          return new Skill(
              string(),
              optional(Value.STRING),
              list(Value.STRING),
              list(Value.TEXT),
              list(Value.GROUP));
        case 'L':
          return new Language(string(), optional(Value.STRING), list(Value.GROUP));
        case 'I':
          return new Interest(string(), list(Value.STRING), list(Value.GROUP));
        case 'R':
          return new Reference(string(), list(Value.TEXT), list(Value.GROUP));
        case 'P':
          return new Project(
              string(),
              list(Value.STRING),
              optional(Value.STRING),
              optional(Value.STRING),
              dates(),
              optional(Value.URL),
              list(Value.TEXT),
              list(Value.STRING),
              list(Value.GROUP));
        case 'T':
          return new Item(
              string(),
              optional(Value.STRING),
              dates(),
              optional(Value.URL),
              list(Value.TEXT),
              list(Value.GROUP));
        default:
          throw unexpected("an entry", tag);
      }
    }

    HighlightGroup group() {
      return new HighlightGroup(optional(Value.TEXT), list(Value.HIGHLIGHT));
    }

    Highlight highlight() {
      return new Highlight(text(), list(Value.TEXT));
    }

    Text text() {
      return new Text(list(Value.SPAN));
    }

    Span span() {
      char tag = tag();
      switch (tag) {
        case 'p':
          return new Span.Plain(string());
        case 's':
          return new Span.Strong(list(Value.SPAN));
        case 'e':
          return new Span.Emphasis(list(Value.SPAN));
        case 'c':
          return new Span.Code(string());
        case 'l':
          return new Span.Link(list(Value.SPAN), url());
        default:
          throw unexpected("a span", tag);
      }
    }

    Dates dates() {
      char tag = tag();
      switch (tag) {
        case 'n':
          return new Dates.None();
        case 's':
          return new Dates.Single(date());
        case 'r':
          return new Dates.Range(date(), date());
        case 'o':
          return new Dates.Ongoing(date());
        default:
          throw unexpected("dates", tag);
      }
    }

    CvDate date() {
      char tag = tag();
      CvDate date;
      switch (tag) {
        case 'y':
          int year = number();
          date = new CvDate.OfYear(year, approximate());
          break;
        case 'm':
          YearMonth month = YearMonth.of(number(), number());
          date = new CvDate.OfMonth(month, approximate());
          break;
        case 'd':
          LocalDate day = LocalDate.of(number(), number(), number());
          date = new CvDate.OfDay(day, approximate());
          break;
        default:
          throw unexpected("a date", tag);
      }
      return date;
    }

    private boolean approximate() {
      char tag = tag();
      if (tag != '~' && tag != '=') {
        throw unexpected("~ or =", tag);
      }
      return tag == '~';
    }

    Url url() {
      return new Url(string());
    }

    String string() {
      int length = number(':');
      String value = in.substring(position, position + length);
      position += length;
      return value;
    }

    int number() {
      return number(',');
    }

    private int number(char end) {
      int stop = in.indexOf(end, position);
      int value = Integer.parseInt(in, position, stop, 10);
      position = stop + 1;
      return value;
    }

    char tag() {
      return in.charAt(position++);
    }

    @SuppressWarnings("unchecked") // value(kind) returns the type that kind names
    <T> Optional<T> optional(Value kind) {
      char tag = tag();
      if (tag == '-') {
        return Optional.empty();
      }
      if (tag != '+') {
        throw unexpected("+ or -", tag);
      }
      return Optional.of((T) value(kind));
    }

    @SuppressWarnings("unchecked") // value(kind) returns the type that kind names
    <T> List<T> list(Value kind) {
      int size = number();
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add((T) value(kind));
      }
      return values;
    }

    private Object value(Value kind) {
      switch (kind) {
        case STRING:
          return string();
        case URL:
          return url();
        case LOCATION:
          return location();
        case TEXT:
          return text();
        case PROFILE:
          return profile();
        case SECTION:
          return section();
        case ENTRY:
          return entry();
        case GROUP:
          return group();
        case HIGHLIGHT:
          return highlight();
        case SPAN:
          return span();
        case DATE:
          return date();
        default:
          throw new AssertionError(kind);
      }
    }

    private IllegalStateException unexpected(String expected, char found) {
      return new IllegalStateException(
          "CV model data: expected "
              + expected
              + " at "
              + (position - 1)
              + ", found '"
              + found
              + "'");
    }
  }
}
