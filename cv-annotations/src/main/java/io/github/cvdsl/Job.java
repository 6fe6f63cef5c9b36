package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A job, JSON Resume's {@code work}.
 *
 * <pre>{@code
 * @Job(organisation = "BBC", position = "Engineer", start = "2019-08", end = "present")
 * interface Bbc {}
 * }</pre>
 *
 * <p>Put it on a type nested directly in a {@link Section} type; put bullets on the same type with
 * {@link Highlight} or {@link Highlights}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Job {

  /**
   * The employer. Required.
   *
   * <p>Example: {@code organisation = "BBC"}
   */
  String organisation();

  /**
   * The role held. Required.
   *
   * <p>Example: {@code position = "Engineer"}
   */
  String position();

  /**
   * When it began: a date written {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, with a
   * leading {@code ~} when approximate. Required.
   *
   * <p>Example: {@code start = "2019-08"}
   */
  String start();

  /**
   * When it ended: a date written {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, with a
   * leading {@code ~} when approximate, or {@code "present"} when it goes on. Empty for an entry
   * with a single date (then {@code start} is that date).
   *
   * <p>Example: {@code end = "present"}
   */
  String end() default "";

  /**
   * Where the job was. Empty for none.
   *
   * <p>Example: {@code location = "London"}
   */
  String location() default "";

  /**
   * The employer's site: a {@link io.github.cvdsl.model.Url URL}. Empty for none.
   *
   * <p>Example: {@code url = "https://www.bbc.co.uk"}
   */
  String url() default "";

  /**
   * What the employer does, in a line. Empty for none.
   *
   * <p>Example: {@code description = "Public service broadcaster"}
   */
  String description() default "";

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
