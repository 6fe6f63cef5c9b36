package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bullet, with nested bullets in {@link #details()}. Put it on an entry type or a {@link Section}
 * type; repeat it for several bullets, which keep the order written. For a titled group of bullets
 * use {@link Highlights}; bullets and groups mix in any order, and keep it.
 *
 * <pre>{@code
 * @Highlight("Designed, built and maintained virtualised hosting platform using VMWare.")
 * @Highlight(value = "Took on many operational responsibilities, including:",
 *            details = {"Became someone other teams approach with questions."})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Highlight.List.class)
public @interface Highlight {

  /**
   * The bullet's text, one paragraph. Inline markup is checked at compile time: {@code **strong**},
   * {@code *emphasis*}, {@code `code`} and {@code [label](https://example.org)}; a backslash before
   * one of {@code \ * ` [ ]} writes it literally. Required.
   *
   * <p>Example: {@code @Highlight("**Cache tiering** – an extension of sharding.")}
   */
  String value();

  /**
   * Nested bullets, in order, each one paragraph with inline markup as in {@link #value()}.
   *
   * <p>Example: {@code details = {"Trained to be a First Aider."}}
   */
  String[] details() default {};

  /**
   * What Java makes of repeated {@code @Highlight}s: plain bullets, in the order written. There is
   * no need to write it by hand.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {

    /** The bullets, in order. */
    Highlight[] value();
  }
}
