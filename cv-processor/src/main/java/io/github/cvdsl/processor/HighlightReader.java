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
 * Reads the bullets on an entry or section type: single {@link Highlight}s, groups ({@link
 * Highlights}, also what Java makes of repeated {@code @Highlight}s) and repeated groups ({@link
 * HighlightGroups}), in the order written.
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

  List<HighlightGroup> read(Element element) {
    List<HighlightGroup> groups = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      AnnotationView annotation = new AnnotationView(element, mirror, elements);
      if (Annotations.is(mirror, Highlight.class)) {
        groups.add(new HighlightGroup(Optional.empty(), List.of(highlight(annotation))));
      } else if (Annotations.is(mirror, Highlights.class)
          && locator.isImplicitContainer(element, mirror, "Highlight")) {
        groups.add(
            new HighlightGroup(
                Optional.empty(), annotation.repeated().stream().map(this::highlight).toList()));
      } else if (Annotations.is(mirror, Highlights.class)) {
        group(annotation).ifPresent(groups::add);
      } else if (Annotations.is(mirror, HighlightGroups.class)) {
        List<AnnotationView> written =
            locator.isImplicitContainer(element, mirror, "Highlights")
                ? annotation.repeated()
                : annotation.annotations("value");
        for (AnnotationView group : written) {
          group(group).ifPresent(groups::add);
        }
      }
    }
    return groups;
  }

  private Optional<HighlightGroup> group(AnnotationView group) {
    List<AnnotationView> bullets = group.annotations("value");
    if (bullets.isEmpty()) {
      reporter.error(group.site(), Message.EMPTY_GROUP);
      return Optional.empty();
    }
    return Optional.of(
        new HighlightGroup(
            values.optionalInline(group, "title"), bullets.stream().map(this::highlight).toList()));
  }

  private io.github.cvdsl.model.Highlight highlight(AnnotationView bullet) {
    return new io.github.cvdsl.model.Highlight(
        values.requiredInline(bullet, "value", "the bullet's text", "An example bullet."),
        values.inlineList(bullet, "details"));
  }
}
