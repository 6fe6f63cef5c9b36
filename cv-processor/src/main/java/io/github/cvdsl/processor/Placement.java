package io.github.cvdsl.processor;

import io.github.cvdsl.Cv;
import io.github.cvdsl.Section;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reports a DSL annotation where it has no meaning: an entry outside a section, a section inside an
 * entry, bullets on a type that is neither, a CV inside a CV.
 */
final class Placement {
  private final Reporter reporter;

  Placement(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * Checks the round's annotated types and returns the sections that are not nested in a CV;
   * whether a CV lists them is known only once every CV is read.
   */
  Set<String> check(RoundEnvironment round, Set<? extends TypeElement> roundAnnotations) {
    Set<String> detachedSections = new TreeSet<>();
    for (TypeElement type : annotated(round, roundAnnotations, List.of(Cv.class))) {
      checkCv(type);
    }
    for (TypeElement type : annotated(round, roundAnnotations, List.of(Section.class))) {
      Element parent = type.getEnclosingElement();
      if (Annotations.has(parent, Cv.class)) {
        continue;
      }
      if (Annotations.has(parent, Section.class) || Annotations.isEntry(parent)) {
        reporter.error(
            Site.of(type, Annotations.find(type, Section.class).orElseThrow()),
            Message.SECTION_OUTSIDE_CV,
            type.getSimpleName());
      } else {
        detachedSections.add(type.getQualifiedName().toString());
      }
    }
    for (TypeElement type : annotated(round, roundAnnotations, Annotations.ENTRIES)) {
      checkEntry(type);
    }
    for (TypeElement type : annotated(round, roundAnnotations, Annotations.HIGHLIGHTS)) {
      if (!Annotations.isEntry(type) && !Annotations.has(type, Section.class)) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
          if (Annotations.HIGHLIGHTS.stream().anyMatch(kind -> Annotations.is(mirror, kind))) {
            reporter.error(
                Site.of(type, mirror),
                Message.HIGHLIGHT_MISPLACED,
                writtenName(mirror),
                type.getSimpleName());
          }
        }
      }
    }
    return detachedSections;
  }

  private void checkCv(TypeElement type) {
    AnnotationMirror cv = Annotations.find(type, Cv.class).orElseThrow();
    for (Element e = type; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        boolean conflicting =
            Annotations.is(mirror, Section.class)
                || Annotations.ENTRIES.stream().anyMatch(kind -> Annotations.is(mirror, kind))
                || (e != type && Annotations.is(mirror, Cv.class));
        if (conflicting) {
          reporter.error(
              Site.of(type, cv), Message.CV_MISPLACED, type.getSimpleName(), simpleName(mirror));
          return;
        }
      }
    }
  }

  private void checkEntry(TypeElement type) {
    List<AnnotationMirror> kinds = Annotations.entries(type);
    if (kinds.size() > 1) {
      reporter.error(
          Site.of(type, kinds.get(1)),
          Message.ENTRY_KINDS,
          type.getSimpleName(),
          simpleName(kinds.get(0)),
          simpleName(kinds.get(1)));
    }
    if (Annotations.has(type, Section.class)) {
      reporter.error(
          Site.of(type, kinds.get(0)),
          Message.ENTRY_KINDS,
          type.getSimpleName(),
          "Section",
          simpleName(kinds.get(0)));
    }
    Element parent = type.getEnclosingElement();
    if (!Annotations.has(parent, Section.class)) {
      reporter.error(
          Site.of(type, kinds.get(0)),
          Message.ENTRY_OUTSIDE_SECTION,
          simpleName(kinds.get(0)),
          type.getSimpleName());
    }
  }

  /**
   * The round's types annotated with any of {@code kinds}, sorted by name. The annotation types
   * come from those javac found in the round, not from {@code kinds}' names: looking a name up
   * costs javac a search through every module. javac leaves out of them an annotation type that a
   * processor before this one claimed; no other processor has a reason to claim the DSL's.
   */
  static List<TypeElement> annotated(
      RoundEnvironment round,
      Set<? extends TypeElement> roundAnnotations,
      List<Class<? extends Annotation>> kinds) {
    Set<TypeElement> present = new HashSet<>();
    for (TypeElement annotation : roundAnnotations) {
      for (Class<? extends Annotation> kind : kinds) {
        if (annotation.getQualifiedName().contentEquals(kind.getCanonicalName())) {
          present.add(annotation);
        }
      }
    }
    if (present.isEmpty()) {
      return List.of();
    }
    // One pass over the round's elements for all the kinds, not one for each kind.
    return round.getElementsAnnotatedWithAny(present.toArray(TypeElement[]::new)).stream()
        .filter(TypeElement.class::isInstance)
        .map(TypeElement.class::cast)
        .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
        .toList();
  }

  /** The annotation the author wrote: a container Java made stands for what it contains. */
  private static String writtenName(AnnotationMirror mirror) {
    if (Annotations.is(mirror, io.github.cvdsl.Highlight.List.class)) {
      return "Highlight";
    }
    if (Annotations.is(mirror, io.github.cvdsl.HighlightGroups.class)) {
      return "Highlights";
    }
    return simpleName(mirror);
  }

  private static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }
}
