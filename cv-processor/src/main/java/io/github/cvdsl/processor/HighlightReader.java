package io.github.cvdsl.processor;

import io.github.cvdsl.Highlight;
import io.github.cvdsl.HighlightGroups;
import io.github.cvdsl.Highlights;
import io.github.cvdsl.model.HighlightGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Reads the bullets on an entry or section type: plain {@link Highlight}s (one, or what Java makes
 * of several, {@link Highlight.List}) and groups ({@link Highlights}, one or several, {@link
 * HighlightGroups}), in the order written. Adjacent plain bullets make one group without a title.
 *
 * <p>Java puts a container where the first of its repeated annotations is, so the annotations of a
 * type alone do not tell the order of bullets and groups written between each other; javac's source
 * trees do. Without them (under other compilers) the order is the annotations'.
 */
final class HighlightReader {
  private final Elements elements;
  private final Values values;
  private final Reporter reporter;
  private final SourceLocator locator;

  HighlightReader(Elements elements, Values values, Reporter reporter, SourceLocator locator) {
    this.elements = elements;
    this.values = values;
    this.reporter = reporter;
    this.locator = locator;
  }

  /**
   * What one written annotation makes: plain bullets, or a group (empty when it has a problem);
   * {@code written} is the annotation's simple name as it stands in source.
   */
  private record Part(
      String written,
      List<io.github.cvdsl.model.Highlight> bullets,
      Optional<HighlightGroup> group) {

    static Part plain(String written, List<io.github.cvdsl.model.Highlight> bullets) {
      return new Part(written, bullets, Optional.empty());
    }

    static Part group(Optional<HighlightGroup> group) {
      return new Part("Highlights", List.of(), group);
    }

    boolean isPlain() {
      return !bullets.isEmpty();
    }
  }

  List<HighlightGroup> read(Element element) {
    List<Part> parts = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      AnnotationView annotation = new AnnotationView(element, mirror, elements);
      if (Annotations.is(mirror, Highlight.class)) {
        parts.add(Part.plain("Highlight", List.of(highlight(annotation))));
      } else if (Annotations.is(mirror, Highlight.List.class)) {
        if (locator.isImplicitContainer(element, mirror, "Highlight")) {
          for (AnnotationView bullet : annotation.repeated()) {
            parts.add(Part.plain("Highlight", List.of(highlight(bullet))));
          }
        } else {
          parts.add(Part.plain("List", bullets(annotation.annotations("value"))));
        }
      } else if (Annotations.is(mirror, Highlights.class)) {
        parts.add(Part.group(group(annotation)));
      } else if (Annotations.is(mirror, HighlightGroups.class)) {
        if (locator.isImplicitContainer(element, mirror, "Highlights")) {
          for (AnnotationView group : annotation.repeated()) {
            parts.add(Part.group(group(group)));
          }
        } else {
          for (AnnotationView group : annotation.annotations("value")) {
            parts.add(new Part("HighlightGroups", List.of(), group(group)));
          }
        }
      }
    }
    return groups(inWrittenOrder(element, parts));
  }

  /**
   * The parts in the order their annotations are written: the n-th {@code @Highlight} in source is
   * the n-th plain part, and so on for each name. What the source does not tell stays in place.
   */
  private List<Part> inWrittenOrder(Element element, List<Part> parts) {
    Optional<List<String>> written = locator.writtenAnnotations(element);
    if (written.isEmpty()) {
      return parts;
    }
    List<Part> left = new ArrayList<>(parts);
    List<Part> ordered = new ArrayList<>();
    for (String name : written.get()) {
      for (int i = 0; i < left.size(); i++) {
        if (left.get(i).written().equals(name)) {
          ordered.add(left.remove(i));
          // A container written by hand holds several groups; it stands in one place.
          while (name.equals("HighlightGroups")
              && i < left.size()
              && left.get(i).written().equals(name)) {
            ordered.add(left.remove(i));
          }
          break;
        }
      }
    }
    ordered.addAll(left);
    return ordered;
  }

  /** Each group as read; adjacent plain bullets join one group without a title. */
  private static List<HighlightGroup> groups(List<Part> parts) {
    List<HighlightGroup> groups = new ArrayList<>();
    List<io.github.cvdsl.model.Highlight> plain = new ArrayList<>();
    for (Part part : parts) {
      if (part.isPlain()) {
        plain.addAll(part.bullets());
        continue;
      }
      if (!plain.isEmpty()) {
        groups.add(new HighlightGroup(Optional.empty(), List.copyOf(plain)));
        plain.clear();
      }
      part.group().ifPresent(groups::add);
    }
    if (!plain.isEmpty()) {
      groups.add(new HighlightGroup(Optional.empty(), List.copyOf(plain)));
    }
    return groups;
  }

  private List<io.github.cvdsl.model.Highlight> bullets(List<AnnotationView> bullets) {
    return bullets.stream().map(this::highlight).toList();
  }

  private Optional<HighlightGroup> group(AnnotationView group) {
    List<AnnotationView> bullets = group.annotations("value");
    if (bullets.isEmpty()) {
      reporter.error(group.site(), Message.EMPTY_GROUP);
      return Optional.empty();
    }
    return Optional.of(new HighlightGroup(values.optionalInline(group, "title"), bullets(bullets)));
  }

  private io.github.cvdsl.model.Highlight highlight(AnnotationView bullet) {
    return new io.github.cvdsl.model.Highlight(
        values.requiredInline(bullet, "value", "the bullet's text", "An example bullet."),
        values.inlineList(bullet, "details"));
  }
}
