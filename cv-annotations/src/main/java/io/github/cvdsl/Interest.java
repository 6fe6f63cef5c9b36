package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An interest, JSON Resume's {@code interests}.
 *
 * <pre>{@code
 * @Interest(name = "Video streaming", keywords = {"HLS", "DASH"})
 * interface VideoStreaming {}
 * }</pre>
 *
 * <p>Put it on a type nested directly in a {@link Section} type; put bullets on the same type with
 * {@link Highlight} or {@link Highlights}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Interest {

  /**
   * The interest. Required.
   *
   * <p>Example: {@code name = "Video streaming"}
   */
  String name();

  /**
   * Its parts, in order. Each must not be blank.
   *
   * <p>Example: {@code keywords = {"HLS", "DASH"}}
   */
  String[] keywords() default {};
}
