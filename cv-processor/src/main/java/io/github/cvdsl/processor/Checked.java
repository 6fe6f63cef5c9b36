package io.github.cvdsl.processor;

import java.util.Optional;
import java.util.function.Function;

/** A value read from the author's text, or the reason it could not be read. */
final class Checked<T> {
  private final T value;
  private final String problem;

  private Checked(T value, String problem) {
    this.value = value;
    this.problem = problem;
  }

  static <T> Checked<T> ok(T value) {
    return new Checked<>(value, null);
  }

  static <T> Checked<T> problem(String problem) {
    return new Checked<>(null, problem);
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

  <R> Checked<R> map(Function<? super T, ? extends R> mapper) {
    return isOk() ? ok(mapper.apply(value)) : problem(problem);
  }

  Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }
}
