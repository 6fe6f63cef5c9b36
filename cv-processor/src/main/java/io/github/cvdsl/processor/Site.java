package io.github.cvdsl.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a problem is: the element, and, when known, the annotation on it and the value within, so
 * that the IDE underlines the exact value.
 *
 * <p>Java wraps repeated annotations in a container that no source line holds, and javac cannot
 * place a message on anything inside it. For those, {@code written} spells the way to the value in
 * the source: the repeated annotation's name and its index among its kind on the element, then
 * element names with the index of the array item (or -1).
 */
record Site(Element element, AnnotationMirror mirror, AnnotationValue value, List<Step> written) {

  /** One step of the way to a value in source: a name and an index, -1 for none. */
  record Step(String name, int index) {}

  Site {
    written = List.copyOf(written);
  }

  static Site of(Element element) {
    return new Site(element, null, null, List.of());
  }

  static Site of(Element element, AnnotationMirror mirror) {
    return new Site(element, mirror, null, List.of());
  }
}
