package io.github.cvdsl.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A type of the DSL source being written: the {@code @Cv} type, a section or an entry, with its
 * annotations, the types nested in it and the {@code // TODO} lines written above it.
 */
final class DslType {
  final String name;
  final List<Annotation> annotations = new ArrayList<>();
  final List<DslType> nested = new ArrayList<>();
  final List<String> todos = new ArrayList<>();
  final TreeSet<String> suppressedWarnings = new TreeSet<>();

  DslType(String name) {
    this.name = name;
  }

  /** An annotation of the DSL ({@code io.github.cvdsl}) and its elements, in the order written. */
  static final class Annotation {
    final String type;
    final Map<String, Value> elements = new LinkedHashMap<>();

    Annotation(String type) {
      this.type = type;
    }

    Annotation put(String element, Value value) {
      elements.put(element, value);
      return this;
    }
  }

  /** An element's value. */
  sealed interface Value {}

  /** Text written as a string literal, never split. */
  record Plain(String text) implements Value {}

  /**
   * Text with inline markup, in which a line break reads as a space: a long one is written as a
   * text block, wrapped. {@code paragraphs} when blank lines separate paragraphs (a summary).
   */
  record Markup(String text, boolean paragraphs) implements Value {}

  /** A string array. */
  record Strings(List<String> values) implements Value {}

  /** One nested annotation, or an array of them. */
  record Annotations(List<Annotation> values) implements Value {}
}
