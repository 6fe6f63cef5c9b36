package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Study, JSON Resume's {@code education}.
 *
 * <pre>{@code
 * @Education(institution = "University of Bristol", area = "Computer Science",
 *     studyType = "BSc", start = "2001", end = "2004")
 * interface Bristol {}
 * }</pre>
 *
 * <p>Put it on a type nested directly in a {@link Section} type; put bullets on the same type with
 * {@link Highlight} or {@link Highlights}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Education {

  /**
   * The school or university. Required.
   *
   * <p>Example: {@code institution = "University of Bristol"}
   */
  String institution();

  /**
   * The field of study. Empty for none.
   *
   * <p>Example: {@code area = "Computer Science"}
   */
  String area() default "";

  /**
   * The degree or kind of study. Empty for none.
   *
   * <p>Example: {@code studyType = "BSc"}
   */
  String studyType() default "";

  /**
   * When it began: a date written {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, with a
   * leading {@code ~} when approximate. Empty when there are no dates.
   *
   * <p>Example: {@code start = "2019-08"}
   */
  String start() default "";

  /**
   * When it ended: a date written {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, with a
   * leading {@code ~} when approximate, or {@code "present"} when it goes on. Empty for an entry
   * with a single date (then {@code start} is that date).
   *
   * <p>Example: {@code end = "present"}
   */
  String end() default "";

  /**
   * The grade. Empty for none.
   *
   * <p>Example: {@code score = "First"}
   */
  String score() default "";

  /**
   * Notable courses, in order. Each must not be blank.
   *
   * <p>Example: {@code courses = {"Compilers", "Networks"}}
   */
  String[] courses() default {};

  /**
   * The institution's site: a {@link io.github.cvdsl.model.Url URL}. Empty for none.
   *
   * <p>Example: {@code url = "https://www.bbc.co.uk"}
   */
  String url() default "";

  /**
   * What to say about it. Paragraphs are separated by a blank line; a text block is welcome. Inline
   * markup is checked at compile time: {@code **strong**}, {@code *emphasis*}, {@code `code`} and
   * {@code [label](https://example.org)}; a backslash before one of {@code \ * ` [ ]} writes it
   * literally. Empty for none.
   *
   * <p>Example: {@code summary = "Building and maintaining the BIDI CDN for iPlayer."}
   */
  String summary() default "";
}
