package io.github.cvdsl.processor;

import java.util.Locale;

/**
 * Every diagnostic the processor reports. Each has a stable id, printed in brackets, which is also
 * the key that silences a warning: {@code @SuppressWarnings("cvdsl:overlap")}.
 */
enum Message {
  DATE_SYNTAX(
      "date",
      "%s \"%s\" is not a date: write yyyy, yyyy-MM or yyyy-MM-dd, e.g. \"2019-08\""
          + " (a leading ~ marks it approximate, e.g. \"~2004\")"),
  NO_SUCH_MONTH(
      "date", "%s \"%s\" is not a date: there is no month %s, write a month from 01 to 12"),
  NO_SUCH_DAY("date", "%s \"%s\" is not a date: %s %d has %d days"),
  PRESENT_CASE("date", "%s \"%s\" is not a date: write present in lower case, %s = \"present\""),
  START_PRESENT(
      "date",
      "start cannot be \"present\": write the date it began, e.g. \"2019-08\","
          + " and put end = \"present\""),
  END_WITHOUT_START(
      "open-start", "end \"%s\" has no start: add start = \"yyyy-MM\", or remove end"),
  END_BEFORE_START("date-order", "end \"%s\" is before start \"%s\": write the later date in end"),
  URL_SYNTAX(
      "url",
      "%s \"%s\" is not a URL (%s): write an absolute "
          + Addresses.SCHEMES_IN_WORDS
          + " URL, e.g. \"https://example.org\""),
  URL_NOT_ABSOLUTE(
      "url",
      "%s \"%s\" is not an absolute URL: write it with its scheme and host,"
          + " e.g. \"https://example.org\""),
  URL_SCHEME(
      "url",
      "%s \"%s\" uses the scheme \"%s\": write an "
          + Addresses.SCHEMES_IN_WORDS
          + " URL, e.g. \"https://example.org\""),
  TEL(
      "url",
      "%s \"%s\" is not a phone number: write digits after tel:, e.g."
          + " \"tel:+44-20-7946-0000\""),
  URL_NO_HOST("url", "%s \"%s\" has no host: write e.g. \"https://example.org/page\""),
  EMAIL(
      "email", "%s \"%s\" is not an e-mail address: write name@domain, e.g. \"kura@example.org\""),
  BLANK_REQUIRED("blank", "%s is blank: write %s, e.g. %s = \"%s\""),
  BLANK_OPTIONAL("blank", "%s is blank: write the text, or leave %s out"),
  MARKUP("markup", "%s has bad inline markup: %s"),
  LANGUAGE(
      "language", "language \"%s\" is not a BCP 47 language tag: write e.g. \"en\" or \"en-GB\""),
  LANGUAGE_WITHOUT_TABLES(
      "language",
      "language \"%s\" has no built-in dates and words, so the CV gets English ones: write one of"
          + " %s, or set its words with words = @Word(key = ..., value = ...)"),
  WORD_KEY("word", "@Word key \"%s\" is not a fixed word: write one of %s"),
  WORD_TWICE("word", "words sets \"%s\" more than once: keep one"),
  COUNTRY(
      "country",
      "countryCode \"%s\" is not an ISO 3166-1 alpha-2 country code:"
          + " write two capital letters, e.g. \"GB\""),
  EMPTY_CV(
      "empty-cv",
      "@Cv %s has no sections: nest a @Section type in it, e.g. @Section(\"Experience\")"),
  EMPTY_SECTION(
      "empty-section",
      "section \"%s\" is empty: nest an entry type (e.g. one annotated @Job) in it,"
          + " or give it @Highlight bullets or a summary"),
  EMPTY_GROUP("empty-group", "@Highlights has no bullets: add @Highlight values, or remove it"),
  ENTRY_OUTSIDE_SECTION(
      "placement",
      "@%s on %s has no meaning here: an entry must be a type nested directly in a @Section type"
          + " of a @Cv type"),
  ENTRY_KINDS("placement", "%s has both @%s and @%s: an entry has exactly one kind; keep one"),
  SECTION_OUTSIDE_CV(
      "placement",
      "@Section on %s is not part of a CV: nest it in the @Cv type, or list it in"
          + " @Cv(sections = ...)"),
  HIGHLIGHT_MISPLACED(
      "placement",
      "@%s on %s has no meaning here: put bullets on an entry type (e.g. @Job) or a @Section type"),
  CV_MISPLACED(
      "placement",
      "@Cv on %s has no meaning here: a CV must not be nested in another CV, nor carry @%s"),
  SECTION_NOT_LISTED(
      "placement",
      "section %s is nested in %s but not listed in @Cv(sections = ...): list it, or remove it"),
  NOT_A_SECTION(
      "placement",
      "sections lists %s, which is not annotated @Section: annotate it, e.g."
          + " @Section(\"Projects\"), or remove it from the list"),
  SECTION_LISTED_TWICE("placement", "sections lists %s more than once: keep one"),
  UNRESOLVED(
      "unresolved",
      "@Cv(sections = ...) refers to a type that does not exist, so %s was not generated:"
          + " fix the name, or make sure the type is generated"),
  IGNORED_TYPE(
      "ignored",
      "%s is nested in section \"%s\" but has no entry annotation, so it is not in the CV:"
          + " annotate it (e.g. @Job), or move it out"),
  DUPLICATE(
      "duplicate",
      "%s repeats %s: remove one, or add @SuppressWarnings(\"cvdsl:duplicate\") if both belong"),
  OVERLAP(
      "overlap",
      "%s (%s) overlaps %s (%s): check the dates, or add @SuppressWarnings(\"cvdsl:overlap\")"
          + " if both are right"),
  UNKNOWN_ELEMENT("unknown-element", "@%s has no element %s: did you mean %s?"),
  GENERATE_FAILED("generate", "could not write %s: %s"),
  VERSION(
      "version",
      "cv-processor %s writes model format %s, but the cv-annotations on the class path (%s) has"
          + " model format %s (%s): use the same cvdsl version for cv-processor on the processor"
          + " path and for the cv-annotations dependency, then compile again"),
  RENDER(
      "render",
      "cannot render at compile time: %s (check -Acvdsl.render, -Acvdsl.theme, -Acvdsl.width,"
          + " -Acvdsl.dates and the format options such as -Acvdsl.pdf.page)"),
  RENDER_WARNING(
      "render-warning",
      "%s%s cannot be rendered as written in %s: %s (or add"
          + " @SuppressWarnings(\"cvdsl:render-warning\") to accept it)"),
  INTERNAL("internal", "internal error in cvdsl, please report: %s");

  private final String id;
  private final String template;

  Message(String id, String template) {
    this.id = id;
    this.template = template;
  }

  /** The key of {@code @SuppressWarnings} that silences this message when it is a warning. */
  String suppressionKey() {
    return "cvdsl:" + id;
  }

  String format(Object... args) {
    String text = String.format(Locale.ROOT, template, args);
    return "[" + suppressionKey() + "] " + text;
  }
}
