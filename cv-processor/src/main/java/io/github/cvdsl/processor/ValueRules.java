package io.github.cvdsl.processor;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The processor's checks of single annotation values, for tools that write DSL source (the JSON
 * Resume import) and must know beforehand that the processor will accept it. Each method returns
 * the processor's own message for the value, or empty when the value is fine; {@code element} is
 * the annotation element the value is for, e.g. {@code "start"}, and is named in the message.
 */
public final class ValueRules {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private ValueRules() {}

  /** A date: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, optionally with a leading {@code ~}. */
  public static Optional<String> date(String element, String text) {
    return problem(DateParser.check(element, text));
  }

  /**
   * Whether {@code end} lies before {@code start}, both dates the processor accepts, compared at
   * the precision both have; the processor's message when it does.
   */
  public static Optional<String> endBeforeStart(String start, String end) {
    var from = DateParser.check("start", start);
    var to = DateParser.check("end", end);
    if (from.isOk() && to.isOk() && DateParser.isBefore(to.value(), from.value())) {
      return Optional.of(Message.END_BEFORE_START.format(end, start));
    }
    return Optional.empty();
  }

  /** An absolute URL of a scheme the DSL accepts. */
  public static Optional<String> url(String element, String text) {
    return problem(Addresses.url(element, text));
  }

  /** An e-mail address. */
  public static Optional<String> email(String element, String text) {
    return Addresses.isEmail(text)
        ? Optional.empty()
        : Optional.of(Message.EMAIL.format(element, text));
  }

  /** Paragraphs with inline markup, as a summary holds them. */
  public static Optional<String> prose(String element, String text) {
    return problem(MarkupParser.paragraphs(element, text));
  }

  /** One paragraph with inline markup, as a bullet holds it. */
  public static Optional<String> inline(String element, String text) {
    return problem(MarkupParser.paragraph(element, text));
  }

  /** An ISO 3166-1 alpha-2 country code. */
  public static Optional<String> countryCode(String text) {
    return COUNTRIES.contains(text)
        ? Optional.empty()
        : Optional.of(Message.COUNTRY.format(text));
  }

  /** A BCP 47 language tag, as {@code @Cv(language)} holds it. */
  public static Optional<String> language(String text) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(text).build();
      if (locale.getLanguage().length() <= 3 && !locale.getLanguage().isEmpty()) {
        return Optional.empty();
      }
    } catch (IllformedLocaleException e) {
      // reported below
    }
    return Optional.of(Message.LANGUAGE.format(text));
  }

  private static Optional<String> problem(Checked<?> checked) {
    return checked.isOk() ? Optional.empty() : Optional.of(checked.problem());
  }
}
