package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A skill, JSON Resume's {@code skills}: as prose ({@code summary}), as a list ({@code keywords}),
 * or both.
 *
 * <pre>{@code
 * @Skill(name = "Linux", keywords = {"Debian/Ubuntu", "RHEL/CentOS"})
 * interface Linux {}
 * }</pre>
 *
 * <p>Put it on a type nested directly in a {@link Section} type; put bullets on the same type with
 * {@link Highlight} or {@link Highlights}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Skill {

  /**
   * The skill. Required.
   *
   * <p>Example: {@code name = "Linux"}
   */
  String name();

  /**
   * How well. Empty for none.
   *
   * <p>Example: {@code level = "Master"}
   */
  String level() default "";

  /**
   * Its parts, in order. Each must not be blank.
   *
   * <p>Example: {@code keywords = {"Debian/Ubuntu", "RHEL/CentOS"}}
   */
  String[] keywords() default {};

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
