package io.github.cvdsl.render.template;

import static java.util.Objects.requireNonNull;

/**
 * Text already in a format's own inline syntax, made by its {@link InlineFormat} from the author's
 * paragraphs: the only kind of value a template writes as it is. Every other value is escaped, so a
 * template writes {@code {{summary}}} and {@code {{name}}} alike and never needs {@code {{{ }}}}.
 *
 * @param markup e.g. {@code "Built <strong>CDN</strong> tooling"} in HTML
 */
public record Markup(String markup) {

  /** The empty markup. */
  public static final Markup EMPTY = new Markup("");

  /** Checks the markup is there. */
  public Markup {
    requireNonNull(markup, "markup");
  }

  /** Whether there is no markup at all. */
  public boolean isEmpty() {
    return markup.isEmpty();
  }

  /** The markup itself, as templates write it. */
  @Override
  public String toString() {
    return markup;
  }
}
