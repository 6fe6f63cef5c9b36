package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An award, JSON Resume's {@code awards}.
 *
 * <pre>{@code
 * @Award(title = "Engineer of the year", date = "2021-12", awarder = "BBC")
 * interface EngineerOfTheYear {}
 * }</pre>
 *
 * <p>Put it on a type nested directly in a {@link Section} type; put bullets on the same type with
 * {@link Highlight} or {@link Highlights}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Award {

  /**
   * The award. Required.
   *
   * <p>Example: {@code title = "Engineer of the year"}
   */
  String title();

  /**
   * When it was given: a date written {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, with a
   * leading {@code ~} when approximate. Empty for none.
   *
   * <p>Example: {@code date = "2021-12"}
   */
  String date() default "";

  /**
   * Who gave it. Empty for none.
   *
   * <p>Example: {@code awarder = "BBC"}
   */
  String awarder() default "";

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
