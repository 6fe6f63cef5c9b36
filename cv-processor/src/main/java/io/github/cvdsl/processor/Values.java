package io.github.cvdsl.processor;

import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the values of an annotation into model values, reporting each problem at its value. A value
 * with a problem reads as a harmless stand-in, so that reading goes on and every problem of a CV is
 * reported in one compilation.
 */
final class Values {
  private static final String PRESENT = "present";

  private final Reporter reporter;
  private final Set<Read> read = new LinkedHashSet<>();

  Values(Reporter reporter) {
    this.reporter = reporter;
  }

  /** A string the author wrote: the annotation and element it is in, with its site. */
  record Read(String annotation, String name, AnnotationView.Text text) {

    /** How messages name it, e.g. {@code "@Job position"}. */
    String label() {
      return "@" + annotation + " " + name;
    }
  }

  /**
   * Every string read so far, in the order read, each once: where a renderer's warning about
   * some characters is shown (see {@link RenderWarnings}).
   */
  List<Read> read() {
    return List.copyOf(read);
  }

  private AnnotationView.Text string(AnnotationView annotation, String name) {
    AnnotationView.Text text = annotation.string(name);
    read.add(new Read(annotation.simpleName(), name, text));
    return text;
  }

  private List<AnnotationView.Text> strings(AnnotationView annotation, String name) {
    List<AnnotationView.Text> texts = annotation.strings(name);
    for (AnnotationView.Text text : texts) {
      read.add(new Read(annotation.simpleName(), name, text));
    }
    return texts;
  }

  /**
   * A required plain text; {@code what} says what it holds and {@code example} is a neutral value
   * to show the author, e.g. "the job title" and "Software Engineer".
   */
  String required(AnnotationView annotation, String name, String what, String example) {
    AnnotationView.Text text = string(annotation, name);
    if (text.value().isBlank()) {
      reporter.error(text.site(), Message.BLANK_REQUIRED, name, what, name, example);
    }
    return text.value();
  }

  Optional<String> optional(AnnotationView annotation, String name) {
    AnnotationView.Text text = string(annotation, name);
    return optional(text, name);
  }

  private Optional<String> optional(AnnotationView.Text text, String name) {
    if (text.value().isEmpty()) {
      return Optional.empty();
    }
    if (text.value().isBlank()) {
      reporter.error(text.site(), Message.BLANK_OPTIONAL, name, name);
      return Optional.empty();
    }
    return Optional.of(text.value());
  }

  /** Each item of a string array; none may be blank. */
  List<String> list(AnnotationView annotation, String name) {
    return items(annotation, name, AnnotationView.Text::value);
  }

  private <T> List<T> items(
      AnnotationView annotation, String name, Function<AnnotationView.Text, T> read) {
    List<T> out = new ArrayList<>();
    for (AnnotationView.Text item : strings(annotation, name)) {
      if (item.value().isBlank()) {
        reporter.error(item.site(), Message.BLANK_OPTIONAL, "an item of " + name, "the item");
      } else {
        out.add(read.apply(item));
      }
    }
    return out;
  }

  /** Optional paragraphs with inline markup. */
  List<Text> prose(AnnotationView annotation, String name) {
    return optional(annotation, name).map(text -> prose(annotation, name, text)).orElse(List.of());
  }

  /** Required paragraphs with inline markup. */
  List<Text> requiredProse(AnnotationView annotation, String name, String what, String example) {
    String text = required(annotation, name, what, example);
    return text.isBlank() ? List.of() : prose(annotation, name, text);
  }

  private List<Text> prose(AnnotationView annotation, String name, String text) {
    Checked<List<Text>> paragraphs = MarkupParser.paragraphs(name, text);
    if (!paragraphs.isOk()) {
      reporter.error(string(annotation, name).site(), paragraphs.problem(), paragraphs.offset());
      return List.of();
    }
    return paragraphs.value();
  }

  /** A required paragraph with inline markup. */
  Text requiredInline(AnnotationView annotation, String name, String what, String example) {
    AnnotationView.Text text = string(annotation, name);
    required(annotation, name, what, example);
    return inline(text, name);
  }

  Optional<Text> optionalInline(AnnotationView annotation, String name) {
    AnnotationView.Text text = string(annotation, name);
    return optional(text, name).map(value -> inline(text, name));
  }

  /** Each item of a string array as a paragraph with inline markup; none may be blank. */
  List<Text> inlineList(AnnotationView annotation, String name) {
    return items(annotation, name, item -> inline(item, name));
  }

  private Text inline(AnnotationView.Text text, String name) {
    if (text.value().isBlank()) {
      return Text.plain(text.value());
    }
    Checked<Text> parsed = MarkupParser.paragraph(name, text.value());
    if (!parsed.isOk()) {
      reporter.error(text.site(), parsed.problem(), parsed.offset());
      return Text.plain(text.value());
    }
    return parsed.value();
  }

  Optional<Url> url(AnnotationView annotation, String name) {
    AnnotationView.Text text = string(annotation, name);
    return optional(text, name).flatMap(value -> checkedUrl(text, name));
  }

  Url requiredUrl(AnnotationView annotation, String name, String what, String example) {
    AnnotationView.Text text = string(annotation, name);
    if (text.value().isBlank()) {
      required(annotation, name, what, example);
      return new Url(text.value());
    }
    return checkedUrl(text, name).orElseGet(() -> new Url(text.value()));
  }

  private Optional<Url> checkedUrl(AnnotationView.Text text, String name) {
    Checked<Url> url = Addresses.url(name, text.value());
    if (!url.isOk()) {
      reporter.error(text.site(), url.problem());
    }
    return url.toOptional();
  }

  Optional<String> email(AnnotationView annotation, String name) {
    AnnotationView.Text text = string(annotation, name);
    Optional<String> email = optional(text, name);
    if (email.isPresent() && !Addresses.isEmail(email.get())) {
      reporter.error(text.site(), Message.EMAIL, name, email.get());
      return Optional.empty();
    }
    return email;
  }

  /** A single optional date, such as the date of an award. */
  Optional<CvDate> date(AnnotationView annotation, String name) {
    AnnotationView.Text text = string(annotation, name);
    return optional(text, name).flatMap(value -> checkedDate(text, name));
  }

  /** The dates of {@code start} and {@code end}; an entry may require a start. */
  Dates dates(AnnotationView annotation, boolean startRequired) {
    AnnotationView.Text start = string(annotation, "start");
    AnnotationView.Text end = string(annotation, "end");
    if (isPresent(start.value())) {
      reporter.error(start.site(), Message.START_PRESENT);
      return new Dates.None();
    }
    Optional<String> startText =
        startRequired
            ? Optional.of(required(annotation, "start", "the date it began", "2019-08"))
                .filter(s -> !s.isBlank())
            : optional(start, "start");
    Optional<String> endText = optional(end, "end");
    if (startText.isEmpty()) {
      if (endText.isPresent() && start.value().isEmpty()) {
        reporter.error(end.site(), Message.END_WITHOUT_START, end.value());
      }
      return new Dates.None();
    }
    Optional<CvDate> from = checkedDate(start, "start");
    if (endText.isEmpty()) {
      return from.<Dates>map(Dates.Single::new).orElseGet(Dates.None::new);
    }
    if (endText.get().equals(PRESENT)) {
      return from.<Dates>map(Dates.Ongoing::new).orElseGet(Dates.None::new);
    }
    if (isPresent(endText.get())) {
      reporter.error(end.site(), Message.PRESENT_CASE, "end", end.value(), "end");
      return new Dates.None();
    }
    Optional<CvDate> to = checkedDate(end, "end");
    if (from.isEmpty() || to.isEmpty()) {
      return new Dates.None();
    }
    if (DateParser.isBefore(to.get(), from.get())) {
      reporter.error(end.site(), Message.END_BEFORE_START, end.value(), start.value());
    }
    return new Dates.Range(from.get(), to.get());
  }

  private Optional<CvDate> checkedDate(AnnotationView.Text text, String name) {
    Checked<CvDate> date = DateParser.check(name, text.value());
    if (!date.isOk()) {
      reporter.error(text.site(), date.problem());
    }
    return date.toOptional();
  }

  /** "present" in any case and spacing, which the author meant as the word. */
  private static boolean isPresent(String text) {
    return text.strip().equalsIgnoreCase(PRESENT);
  }
}
