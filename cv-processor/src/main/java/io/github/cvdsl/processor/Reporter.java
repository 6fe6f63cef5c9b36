package io.github.cvdsl.processor;

import java.util.Arrays;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Prints diagnostics at their site; warnings are silenced by {@code @SuppressWarnings}. */
final class Reporter {
  private final Messager messager;
  private final SourceLocator locator;
  private int errors;

  Reporter(Messager messager, SourceLocator locator) {
    this.messager = messager;
    this.locator = locator;
  }

  void error(Site site, Message message, Object... args) {
    errors++;
    print(Diagnostic.Kind.ERROR, site, message.format(args));
  }

  /** Reports a problem already worded by {@link Message#format}. */
  void error(Site site, String formattedMessage) {
    errors++;
    print(Diagnostic.Kind.ERROR, site, formattedMessage);
  }

  void warning(Site site, Message message, Object... args) {
    if (!isSuppressed(site.element(), message)) {
      print(Diagnostic.Kind.WARNING, site, message.format(args));
    }
  }

  /** The number of errors reported so far; compare before and after reading a CV. */
  int errorCount() {
    return errors;
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
