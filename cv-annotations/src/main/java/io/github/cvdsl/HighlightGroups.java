package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What Java makes of repeated {@link Highlights}: several groups of bullets, in the order written.
 * There is no need to write it by hand.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HighlightGroups {

  /**
   * The groups, in order.
   *
   * <p>Example: {@code value = {@Highlights(title = "Leadership", value
   * = @Highlight("Mentoring."))}}
   */
  Highlights[] value();
}
