package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A spoken language, JSON Resume's {@code languages}.
 *
 * <pre>{@code
 * @Language(language = "English", fluency = "Native speaker")
 * interface English {}
 * }</pre>
 *
 * <p>Put it on a type nested directly in a {@link Section} type; put bullets on the same type with
 * {@link Highlight} or {@link Highlights}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Language {

  /**
   * The language. Required.
   *
   * <p>Example: {@code language = "English"}
   */
  String language();

  /**
   * How well. Empty for none.
   *
   * <p>Example: {@code fluency = "Native speaker"}
   */
  String fluency() default "";
}
