package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the type that holds a CV. The processor checks it and generates {@code <Type>Model}, whose
 * static {@code cv()} returns the {@link io.github.cvdsl.model.Cv}.
 *
 * <pre>{@code
 * @Cv(name = "Kura", label = "Engineer", website = "https://kura.gg",
 *     profiles = @Profile(network = "GitHub", username = "kura", url = "https://github.com/kura"))
 * public interface KuraCv {
 *   @Section("Experience")
 *   interface Experience {
 *     @Job(organisation = "BBC", position = "Engineer", start = "2019-08", end = "present")
 *     interface Bbc {}
 *   }
 * }
 * }</pre>
 *
 * <p>Sections are the {@link Section} types nested in this type, in the order written, or, when
 * {@link #sections()} is given, the types it lists, in that order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Cv {

  /**
   * The person's name. Required.
   *
   * <p>Example: {@code name = "Kura"}
   */
  String name();

  /**
   * A headline under the name. Empty for none.
   *
   * <p>Example: {@code label = "Engineer"}
   */
  String label() default "";

  /**
   * An e-mail address, e.g. {@code "kura@example.org"}. Empty for none.
   *
   * <p>Example: {@code email = "kura@example.org"}
   */
  String email() default "";

  /**
   * A phone number, as it should be shown. Empty for none.
   *
   * <p>Example: {@code phone = "+44 117 496 0000"}
   */
  String phone() default "";

  /**
   * The person's own site: a {@link io.github.cvdsl.model.Url URL}. Empty for none.
   *
   * <p>Example: {@code website = "https://kura.gg"}
   */
  String website() default "";

  /**
   * Where the person is. Leave it out for none.
   *
   * <p>Example: {@code location = @Location(city = "Bristol", countryCode = "GB")}
   */
  Location location() default @Location;

  /**
   * Paragraphs about the person. Paragraphs are separated by a blank line; a text block is welcome.
   * Inline markup is checked at compile time: {@code **strong**}, {@code *emphasis*}, {@code
   * `code`} and {@code [label](https://example.org)}; a backslash before one of {@code \ * ` [ ]}
   * writes it literally. Empty for none.
   *
   * <p>Example: {@code summary = "Engineer who builds CDNs."}
   */
  String summary() default "";

  /**
   * Profiles on other sites, in the order they should be shown.
   *
   * <p>Example: {@code profiles = @Profile(network = "GitHub", username = "kura", url =
   * "https://github.com/kura")}
   */
  Profile[] profiles() default {};

  /**
   * The language the CV is written in, as a BCP 47 tag: renderers write dates and their fixed words
   * ("present", labels, separators) in it, and HTML runs right to left for Arabic, Persian, Hebrew.
   * Built in: ar, cs, da, de, el, en, es, fa, fi, fr, he, hi, hu, id, it, ja, ko, nb, nl, pl, pt,
   * ro, ru, sv, tr, uk, vi, zh, with regional variants (e.g. {@code pt-PT}, {@code zh-TW}); another
   * language gets English words and a warning.
   *
   * <p>Example: {@code language = "en-GB"}
   */
  String language() default "en";

  /**
   * Fixed words of the renderers replaced for this CV, e.g. "present" written as "now". Empty to keep
   * the words of the CV's language.
   *
   * <p>Example: {@code words = @Word(key = "present", value = "now")}
   */
  Word[] words() default {};

  /**
   * The sections, in order, when they are declared outside this type (in other files or packages).
   * Each must be annotated {@link Section}. Leave it out to use the {@link Section} types nested in
   * this type, in the order written; when it is given, nested {@link Section} types must be listed
   * too.
   *
   * <p>Example: {@code sections = {Experience.class, Projects.class}}
   */
  Class<?>[] sections() default {};
}
