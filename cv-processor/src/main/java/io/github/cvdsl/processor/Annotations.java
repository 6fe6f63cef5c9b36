package io.github.cvdsl.processor;

import io.github.cvdsl.Award;
import io.github.cvdsl.Certificate;
import io.github.cvdsl.Cv;
import io.github.cvdsl.Education;
import io.github.cvdsl.HighlightGroups;
import io.github.cvdsl.Highlights;
import io.github.cvdsl.Interest;
import io.github.cvdsl.Item;
import io.github.cvdsl.Job;
import io.github.cvdsl.Language;
import io.github.cvdsl.Project;
import io.github.cvdsl.Publication;
import io.github.cvdsl.Reference;
import io.github.cvdsl.Section;
import io.github.cvdsl.Skill;
import io.github.cvdsl.Volunteer;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The DSL's annotations, and finding them on elements by name. */
final class Annotations {
  static final List<Class<? extends Annotation>> ENTRIES =
      List.of(
          Job.class,
          Volunteer.class,
          Education.class,
          Award.class,
          Certificate.class,
          Publication.class,
          Skill.class,
          Language.class,
          Interest.class,
          Reference.class,
          Project.class,
          Item.class);

  static final List<Class<? extends Annotation>> HIGHLIGHTS =
      List.of(
          io.github.cvdsl.Highlight.class,
          io.github.cvdsl.Highlight.List.class,
          Highlights.class,
          HighlightGroups.class);

  static final List<Class<? extends Annotation>> ALL =
      Stream.of(List.of(Cv.class, Section.class), ENTRIES, HIGHLIGHTS)
          .flatMap(List::stream)
          .toList();

  /** The canonical names of {@link #ENTRIES}. */
  private static final Set<String> ENTRY_NAMES =
      ENTRIES.stream().map(Class::getCanonicalName).collect(Collectors.toUnmodifiableSet());

  private Annotations() {}

  static Optional<AnnotationMirror> find(Element element, Class<? extends Annotation> type) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> is(mirror, type))
        .map(AnnotationMirror.class::cast)
        .findFirst();
  }

  static boolean has(Element element, Class<? extends Annotation> type) {
    return find(element, type).isPresent();
  }

  /** The entry annotations on {@code element}, in the order written. */
  static List<AnnotationMirror> entries(Element element) {
    List<AnnotationMirror> entries = new ArrayList<>(1);
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (ENTRY_NAMES.contains(qualifiedName(mirror))) {
        entries.add(mirror);
      }
    }
    return entries;
  }

  static boolean isEntry(Element element) {
    return !entries(element).isEmpty();
  }

  static boolean is(AnnotationMirror mirror, Class<? extends Annotation> type) {
    return qualifiedName(mirror).equals(type.getCanonicalName());
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
