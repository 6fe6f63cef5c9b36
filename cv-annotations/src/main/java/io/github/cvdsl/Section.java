package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A titled section of a CV. Put it on a type nested in the {@link Cv} type (or list the type in
 * {@link Cv#sections()}); its entries are the types nested in it that carry an entry annotation
 * ({@link Job}, {@link Project}, {@link Skill}, ...), in the order written.
 *
 * <p>A section may also carry bullets of its own ({@link Highlight}), e.g. a list of interests. A
 * section with neither entries nor bullets nor a summary is an error.
 *
 * <pre>{@code
 * @Section("Experience")
 * interface Experience {
 *   @Job(organisation = "BBC", position = "Engineer", start = "2019-08", end = "present")
 *   interface Bbc {}
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Section {

  /**
   * The section's title. Required.
   *
   * <p>Example: {@code @Section("Experience")}
   */
  String value();

  /**
   * Paragraphs under the title. Paragraphs are separated by a blank line; inline markup as in
   * {@link Cv#summary()}. Empty for none.
   *
   * <p>Example: {@code summary = "Open-source work, newest first."}
   */
  String summary() default "";
}
