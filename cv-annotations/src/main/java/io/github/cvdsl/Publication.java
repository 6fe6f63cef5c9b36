package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A publication, JSON Resume's {@code publications}.
 *
 * <pre>{@code
 * @Publication(name = "Tuning NVMe servers", publisher = "BBC R&D blog", releaseDate = "2023-05")
 * interface NvmeTuning {}
 * }</pre>
 *
 * <p>Put it on a type nested directly in a {@link Section} type; put bullets on the same type with
 * {@link Highlight} or {@link Highlights}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Publication {

  /**
   * The title. Required.
   *
   * <p>Example: {@code name = "Tuning NVMe servers"}
   */
  String name();

  /**
   * The publisher. Empty for none.
   *
   * <p>Example: {@code publisher = "BBC R&D blog"}
   */
  String publisher() default "";

  /**
   * When it was published: a date written {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM- dd},
   * with a leading {@code ~} when approximate. Empty for none.
   *
   * <p>Example: {@code releaseDate = "2023-05"}
   */
  String releaseDate() default "";

  /**
   * Where to read it: a {@link io.github.cvdsl.model.Url URL}. Empty for none.
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
