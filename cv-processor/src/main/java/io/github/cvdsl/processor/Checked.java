package io.github.cvdsl.processor;

import java.util.Optional;
import java.util.function.Function;

/** A value read from the author's text, or the reason it could not be read. */
final class Checked<T> {
  private final T value;
  private final String problem;
  private final int offset;

  private Checked(T value, String problem, int offset) {
    this.value = value;
    this.problem = problem;
    this.offset = offset;
  }

  static <T> Checked<T> ok(T value) {
    return new Checked<>(value, null, -1);
  }

  static <T> Checked<T> problem(String problem) {
    return new Checked<>(null, problem, -1);
  }

  /** A problem at the character {@code offset} of the author's text. */
  static <T> Checked<T> problem(String problem, int offset) {
    return new Checked<>(null, problem, offset);
  }

  boolean isOk() {
    return problem == null;
  }

  T value() {
    if (problem != null) {
      throw new IllegalStateException("no value: " + problem);
    }
    return value;
  }

  String problem() {
    return problem;
  }

  /** Where in the author's text the problem is, or -1 when it is the whole text. */
  int offset() {
    return offset;
  }

  <R> Checked<R> map(Function<? super T, ? extends R> mapper) {
    return isOk() ? ok(mapper.apply(value)) : new Checked<>(null, problem, offset);
  }

  Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }
}
