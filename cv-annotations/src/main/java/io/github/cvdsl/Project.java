package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A project, JSON Resume's {@code projects}.
 *
 * <pre>{@code
 * @Project(name = "Pelican", roles = "Contributor", url = "https://getpelican.com")
 * interface Pelican {}
 * }</pre>
 *
 * <p>Put it on a type nested directly in a {@link Section} type; put bullets on the same type with
 * {@link Highlight} or {@link Highlights}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Project {

  /**
   * The project. Required.
   *
   * <p>Example: {@code name = "Pelican"}
   */
  String name();

  /**
   * The author's roles, in order. Each must not be blank.
   *
   * <p>Example: {@code roles = "Contributor"}
   */
  String[] roles() default {};

  /**
   * The organisation it was for. Empty for none.
   *
   * <p>Example: {@code entity = "BBC"}
   */
  String entity() default "";

  /**
   * Its kind. Empty for none.
   *
   * <p>Example: {@code type = "application"}
   */
  String type() default "";

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
   * Its site: a {@link io.github.cvdsl.model.Url URL}. Empty for none.
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

  /**
   * Technologies or topics, in order. Each must not be blank.
   *
   * <p>Example: {@code keywords = {"Python", "asyncio"}}
   */
  String[] keywords() default {};
}
