package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a person is. Every part is optional; an empty {@code @Location} means no location.
 *
 * <pre>{@code
 * location = @Location(city = "Bristol", countryCode = "GB")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Location {

  /**
   * The street address. Empty for none.
   *
   * <p>Example: {@code address = "1 Harbourside"}
   */
  String address() default "";

  /**
   * The postal code. Empty for none.
   *
   * <p>Example: {@code postalCode = "BS1 5TX"}
   */
  String postalCode() default "";

  /**
   * The city. Empty for none.
   *
   * <p>Example: {@code city = "Bristol"}
   */
  String city() default "";

  /**
   * The region, state or county. Empty for none.
   *
   * <p>Example: {@code region = "England"}
   */
  String region() default "";

  /**
   * The country as an ISO 3166-1 alpha-2 code, two upper-case letters. Empty for none.
   *
   * <p>Example: {@code countryCode = "GB"}
   */
  String countryCode() default "";
}
