/**
 * The immutable CV model that the processor's generated code builds.
 *
 * <p>Every record copies its lists (unmodifiable, no {@code null} elements) and rejects {@code
 * null} components. An absent scalar value is an empty {@link java.util.Optional}; an absent list
 * is an empty list. Entries ({@link io.github.cvdsl.model.Entry}), inline text ({@link
 * io.github.cvdsl.model.Span}), dates ({@link io.github.cvdsl.model.CvDate}) and date spans ({@link
 * io.github.cvdsl.model.Dates}) are sealed hierarchies, so a renderer can switch over them
 * exhaustively.
 */
package io.github.cvdsl.model;
