package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A profile on another site, given in {@link Cv#profiles()}.
 *
 * <pre>{@code
 * @Profile(network = "GitHub", username = "kura", url = "https://github.com/kura")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Profile {

  /**
   * The site's name. Required.
   *
   * <p>Example: {@code network = "GitHub"}
   */
  String network();

  /**
   * The user name on that site. Empty for none.
   *
   * <p>Example: {@code username = "kura"}
   */
  String username() default "";

  /**
   * The profile's address: a {@link io.github.cvdsl.model.Url URL}. Required.
   *
   * <p>Example: {@code url = "https://github.com/kura"}
   */
  String url();
}
