package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One fixed word of the renderers (a label, "present", "circa", a separator) replaced for one CV,
 * in {@link Cv#words()}. The key must be one of the renderers' keys; the compiler says which they
 * are when it is not.
 *
 * <pre>{@code
 * @Cv(name = "Kura", language = "de", words = @Word(key = "present", value = "jetzt"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Word {

  /**
   * Which word: {@code present}, {@code circa}, {@code rangeSeparator}, {@code bylineSeparator},
   * {@code separator}, {@code listSeparator}, {@code dash}, {@code score}, {@code courses}, {@code
   * keywords}, {@code awardedBy}, {@code publishedBy}, {@code issuedBy}, {@code cv}, {@code
   * labelSeparator} or {@code attribution}. Required.
   *
   * <p>Example: {@code key = "present"}
   */
  String key();

  /**
   * The word to write instead, exactly as given: spaces around a separator are part of it.
   * Required.
   *
   * <p>Example: {@code value = "jetzt"}
   */
  String value();
}
