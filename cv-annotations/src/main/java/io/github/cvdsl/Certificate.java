package io.github.cvdsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A certificate, JSON Resume's {@code certificates}.
 *
 * <pre>{@code
 * @Certificate(name = "CKA", date = "2022-03", issuer = "CNCF")
 * interface Cka {}
 * }</pre>
 *
 * <p>Put it on a type nested directly in a {@link Section} type; put bullets on the same type with
 * {@link Highlight} or {@link Highlights}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Certificate {

  /**
   * The certificate. Required.
   *
   * <p>Example: {@code name = "CKA"}
   */
  String name();

  /**
   * When it was issued: a date written {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, with a
   * leading {@code ~} when approximate. Empty for none.
   *
   * <p>Example: {@code date = "2022-03"}
   */
  String date() default "";

  /**
   * Who issued it. Empty for none.
   *
   * <p>Example: {@code issuer = "CNCF"}
   */
  String issuer() default "";

  /**
   * Where it can be verified: a {@link io.github.cvdsl.model.Url URL}. Empty for none.
   *
   * <p>Example: {@code url = "https://www.bbc.co.uk"}
   */
  String url() default "";
}
