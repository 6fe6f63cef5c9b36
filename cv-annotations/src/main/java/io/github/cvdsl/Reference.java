package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference, JSON Resume's {@code references}.
 *
 * <pre>{@code
 * @Reference(name = "Jane Doe, Head of Platform", reference = "Kura ran our CDN like clockwork.")
 * interface JaneDoe {}
 * }</pre>
 *
 * <p>Put it on a type nested directly in a {@link Section} type; put bullets on the same type with
 * {@link Highlight} or {@link Highlights}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Reference {

  /**
   * Who gives the reference. Required.
   *
   * <p>Example: {@code name = "Jane Doe, Head of Platform"}
   */
  String name();

  /**
   * What they say. Paragraphs are separated by a blank line; a text block is welcome. Inline markup
   * is checked at compile time: {@code **strong**}, {@code *emphasis*}, {@code `code`} and {@code
   * [label](https://example.org)}; a backslash before one of {@code \ * ` [ ]} writes it literally.
   * Required.
   *
   * <p>Example: {@code reference = "Kura ran our CDN like clockwork."}
   */
  String reference();
}
