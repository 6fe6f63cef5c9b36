package io.github.cvdsl.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A type by name, as code beside a given element sees it. {@link Elements#getTypeElement(
 * CharSequence)} looks a new name up in every module of the compilation, the JDK's seventy-odd
 * included, which was a measurable part of the processor's time; asking in the element's own module
 * is one lookup, and it is the question that matters: what the generated code, written beside the
 * CV, can refer to.
 */
final class TypeLookup {
  private TypeLookup() {}

  /** The type named {@code name} as {@code from}'s module sees it, or null when it sees none. */
  static TypeElement visibleFrom(Elements elements, Element from, String name) {
    ModuleElement module = elements.getModuleOf(from);
    return module == null ? elements.getTypeElement(name) : elements.getTypeElement(module, name);
  }
}
