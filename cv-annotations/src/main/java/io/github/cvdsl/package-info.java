/**
 * The CV DSL: annotate Java types with {@link io.github.cvdsl.Cv}, {@link io.github.cvdsl.Section},
 * entry annotations such as {@link io.github.cvdsl.Job} and bullets ({@link
 * io.github.cvdsl.Highlight}), and the cvdsl processor checks them at compile time and generates
 * the typed model of {@link io.github.cvdsl.model}.
 */
package io.github.cvdsl;
