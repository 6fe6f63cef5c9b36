package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A group of bullets with an optional title. Repeat it for several groups, which keep the order
 * written, also among plain {@link Highlight}s on the same type.
 *
 * <pre>{@code
 * @Highlights(title = "Some features I designed and/or implemented include", value = {
 *     @Highlight("**Feedback loop system** – balances traffic between sites."),
 *     @Highlight("**Cache tiering** – an extension of sharding.")})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(HighlightGroups.class)
public @interface Highlights {

  /**
   * The group's title, one paragraph with inline markup as in {@link Highlight#value()}. Empty for
   * none.
   *
   * <p>Example: {@code title = "Engineering leadership aspects within role"}
   */
  String title() default "";

  /**
   * The bullets, in order. At least one.
   *
   * <p>Example: {@code value = {@Highlight("Mentoring members of my own team.")}}
   */
  Highlight[] value();
}
