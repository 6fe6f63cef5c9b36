package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A run of inline text, as parsed at compile time from {@code **}, {@code *}, {@code `} and links.
 */
public sealed interface Span {

  /** Appends the run's words, without markup, to {@code out}. */
  void appendPlainText(StringBuilder out);

  /** Text shown as written. */
  record Plain(String text) implements Span {
    public Plain {
      requireNonNull(text, "text");
    }

    @Override
    public void appendPlainText(StringBuilder out) {
      out.append(text);
    }
  }

  /** Strongly emphasised runs, written {@code **...**}. */
  record Strong(List<Span> children) implements Span {
    public Strong {
      children = List.copyOf(children);
    }

    @Override
    public void appendPlainText(StringBuilder out) {
      children.forEach(child -> child.appendPlainText(out));
    }
  }

  /** Emphasised runs, written {@code *...*}. */
  record Emphasis(List<Span> children) implements Span {
    public Emphasis {
      children = List.copyOf(children);
    }

    @Override
    public void appendPlainText(StringBuilder out) {
      children.forEach(child -> child.appendPlainText(out));
    }
  }

  /** Code, written {@code `...`}; shown as written, never parsed further. */
  record Code(String code) implements Span {
    public Code {
      requireNonNull(code, "code");
    }

    @Override
    public void appendPlainText(StringBuilder out) {
      out.append(code);
    }
  }

  /** A link, written {@code [label](url)}. */
  record Link(List<Span> label, Url url) implements Span {
    public Link {
      label = List.copyOf(label);
      requireNonNull(url, "url");
    }

    @Override
    public void appendPlainText(StringBuilder out) {
      label.forEach(child -> child.appendPlainText(out));
    }
  }
}
