package io.github.cvdsl.processor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics at their site; warnings are silenced by {@code @SuppressWarnings}. Messages
 * wait until {@link #flush}, which prints them in source order within each file: the processor
 * reads a CV in its own order (sections, then the CV's own values), the author reads it top down.
 */
final class Reporter {
  private final Messager messager;
  private final SourceLocator locator;
  private final List<Pending> pending = new ArrayList<>();
  private int errors;

  Reporter(Messager messager, SourceLocator locator) {
    this.messager = messager;
    this.locator = locator;
  }

  /**
   * A message waiting to be printed, at a site or at a tree found in source, with where it is in
   * source when that is known.
   */
  private record Pending(
      Diagnostic.Kind kind,
      Site site,
      SourceLocator.Located tree,
      String text,
      SourceLocator.Position position) {}

  void error(Site site, Message message, Object... args) {
    error(site, message.format(args));
  }

  /** Reports a problem already worded by {@link Message#format}. */
  void error(Site site, String formattedMessage) {
    errors++;
    add(Diagnostic.Kind.ERROR, site, formattedMessage);
  }

  /**
   * Reports a problem at the character {@code offset} of the value at {@code site}; when the value
   * is written in pieces or as a text block, the message says the line and column of the character.
   */
  void error(Site site, String formattedMessage, int offset) {
    error(
        site,
        formattedMessage
            + locator
                .within(site, offset)
                .map(at -> " (on line " + at.line() + ", column " + at.column() + ")")
                .orElse(""));
  }

  void warning(Site site, Message message, Object... args) {
    if (!isSuppressed(site.element(), message)) {
      add(Diagnostic.Kind.WARNING, site, message.format(args));
    }
  }

  /**
   * A hint at a tree found in source, such as a name javac could not resolve: beside javac's own
   * error it does not count as one.
   */
  void note(SourceLocator.Located where, Message message, Object... args) {
    pending.add(
        new Pending(
            Diagnostic.Kind.NOTE, null, where, message.format(args), locator.position(where)));
  }

  /** The number of errors reported so far; compare before and after reading a CV. */
  int errorCount() {
    return errors;
  }

  /**
   * Prints what waits, in order of file and then of position; messages whose place in source is
   * unknown (under compilers other than javac) keep the order they were reported in, after the
   * others.
   */
  void flush() {
    List<Pending> ordered = new ArrayList<>(pending);
    pending.clear();
    ordered.sort(
        Comparator.comparing((Pending p) -> p.position().file())
            .thenComparingLong(p -> p.position().offset()));
    for (Pending message : ordered) {
      if (message.tree() != null) {
        locator.print(message.kind(), message.text(), message.tree());
      } else {
        print(message.kind(), message.site(), message.text());
      }
    }
  }

  private void add(Diagnostic.Kind kind, Site site, String text) {
    pending.add(new Pending(kind, site, null, text, locator.position(site)));
  }

  private void print(Diagnostic.Kind kind, Site site, String text) {
    if (locator.print(kind, text, site)) {
      return;
    }
    if (site.value() != null) {
      messager.printMessage(kind, text, site.element(), site.mirror(), site.value());
    } else if (site.mirror() != null) {
      messager.printMessage(kind, text, site.element(), site.mirror());
    } else {
      messager.printMessage(kind, text, site.element());
    }
  }

  private static boolean isSuppressed(Element element, Message message) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppressed = e.getAnnotation(SuppressWarnings.class);
      if (suppressed != null
          && Arrays.stream(suppressed.value())
              .anyMatch(key -> key.equals("cvdsl") || key.equals(message.suppressionKey()))) {
        return true;
      }
    }
    return false;
  }
}
