package io.github.cvdsl.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * One annotation on one element, read by element name, each value with the {@link Site} that points
 * at it. A value the author left out has the annotation itself as its site.
 */
final class AnnotationView {
  private final Element element;
  private final AnnotationMirror mirror;
  /** Every element's value, the defaults included, by element name. */
  private final Map<String, AnnotationValue> values = new HashMap<>();

  /** The elements the author wrote. */
  private final Set<String> explicit = new HashSet<>();

  private final Elements elements;
  private final List<Site.Step> written;

  AnnotationView(Element element, AnnotationMirror mirror, Elements elements) {
    this(element, mirror, elements, List.of());
  }

  /** A view whose annotation javac cannot locate; {@code written} finds it (see {@link Site}). */
  private AnnotationView(
      Element element, AnnotationMirror mirror, Elements elements, List<Site.Step> written) {
    this.element = element;
    this.mirror = mirror;
    this.elements = elements;
    this.written = written;
    // Names as strings, once: comparing a javac name with a string converts the name every time.
    elements
        .getElementValuesWithDefaults(mirror)
        .forEach((key, value) -> values.put(key.getSimpleName().toString(), value));
    mirror.getElementValues().keySet().forEach(key -> explicit.add(key.getSimpleName().toString()));
  }

  /** A string value and where it is. */
  record Text(String value, Site site) {}

  /** A class value and where it is; {@code type} is absent when javac could not resolve it. */
  record TypeRef(Optional<TypeElement> type, Site site) {}

  Element element() {
    return element;
  }

  AnnotationMirror mirror() {
    return mirror;
  }

  /** The annotation's simple name, e.g. {@code "Job"}. */
  String simpleName() {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  Site site() {
    return new Site(element, mirror, null, written);
  }

  /**
   * The annotations of a container Java made of repeated annotations: each is found in source as
   * the n-th of its kind on the element.
   */
  List<AnnotationView> repeated() {
    List<AnnotationView> out = new ArrayList<>();
    List<? extends AnnotationValue> items = items("value");
    for (int i = 0; i < items.size(); i++) {
      AnnotationMirror item = annotation(items.get(i));
      String name = item.getAnnotationType().asElement().getSimpleName().toString();
      out.add(new AnnotationView(element, item, elements, List.of(new Site.Step(name, i))));
    }
    return out;
  }

  Text string(String name) {
    AnnotationValue value = value(name);
    return new Text(text(value), siteOf(name, -1, value));
  }

  List<Text> strings(String name) {
    List<Text> out = new ArrayList<>();
    List<? extends AnnotationValue> items = items(name);
    for (int i = 0; i < items.size(); i++) {
      out.add(new Text(text(items.get(i)), siteOf(name, i, items.get(i))));
    }
    return out;
  }

  List<AnnotationView> annotations(String name) {
    List<AnnotationView> out = new ArrayList<>();
    List<? extends AnnotationValue> items = items(name);
    for (int i = 0; i < items.size(); i++) {
      out.add(new AnnotationView(element, annotation(items.get(i)), elements, way(name, i)));
    }
    return out;
  }

  AnnotationView annotation(String name) {
    return new AnnotationView(element, annotation(value(name)), elements, way(name, -1));
  }

  List<TypeRef> types(String name) {
    List<TypeRef> out = new ArrayList<>();
    List<? extends AnnotationValue> items = items(name);
    for (int i = 0; i < items.size(); i++) {
      out.add(new TypeRef(resolved(items.get(i).getValue()), siteOf(name, i, items.get(i))));
    }
    return out;
  }

  /** Whether the author wrote this element, rather than leaving its default. */
  boolean isExplicit(String name) {
    return explicit.contains(name);
  }

  private static Optional<TypeElement> resolved(Object value) {
    // javac hands an unresolvable class literal over as an error type or as the string "<error>".
    if (value instanceof DeclaredType type && type.getKind() == TypeKind.DECLARED) {
      return Optional.of((TypeElement) type.asElement());
    }
    return Optional.empty();
  }

  private List<? extends AnnotationValue> items(String name) {
    Object value = value(name).getValue();
    if (value instanceof List<?> list) {
      List<AnnotationValue> out = new ArrayList<>();
      for (Object item : list) {
        out.add((AnnotationValue) item);
      }
      return out;
    }
    // A single value where an array is declared only happens in code javac already rejected.
    return List.of(value(name));
  }

  private AnnotationValue value(String name) {
    AnnotationValue value = values.get(name);
    if (value == null) {
      throw new IncompleteCode("@" + simpleName() + " lacks " + name);
    }
    return value;
  }

  private static String text(AnnotationValue value) {
    // javac hands a value it rejected (start = 2012) over as the text "<error>", where a string
    // the author wrote prints in quotes. Printing quotes the whole string: only a string that
    // reads "<error>" needs it.
    if (value.getValue() instanceof String text
        && (!text.equals("<error>") || !value.toString().equals("<error>"))) {
      return text;
    }
    throw new IncompleteCode("not a string: " + value);
  }

  private static AnnotationMirror annotation(AnnotationValue value) {
    if (value.getValue() instanceof AnnotationMirror annotation) {
      return annotation;
    }
    throw new IncompleteCode("not an annotation: " + value);
  }

  private Site siteOf(String name, int index, AnnotationValue value) {
    return isExplicit(name) ? new Site(element, mirror, value, way(name, index)) : site();
  }

  /** The way to element {@code name}, item {@code index}, when this view needs one. */
  private List<Site.Step> way(String name, int index) {
    if (written.isEmpty()) {
      return List.of();
    }
    List<Site.Step> way = new ArrayList<>(written);
    way.add(new Site.Step(name, index));
    return way;
  }
}
