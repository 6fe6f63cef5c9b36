package io.github.cvdsl.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.Location;
import io.github.cvdsl.Profile;
import io.github.cvdsl.Word;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's element reference names every element of every annotation an author writes, each in
 * the right column: required when it has no default.
 */
class ReadmeElementReferenceTest {
  private static final Pattern ELEMENT = Pattern.compile("(?:^|, )`(\\w+)`");

  private record Row(Set<String> required, Set<String> optional) {}

  private static Map<String, Row> reference() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("## Element reference");
    assertTrue(start >= 0, "no element reference in the README");
    int end = readme.indexOf("\n## ", start + 1);
    Map<String, Row> rows = new HashMap<>();
    for (String line : readme.substring(start, end).split("\n")) {
      if (!line.startsWith("| `@")) {
        continue;
      }
      String[] cells = line.split(" \\| ");
      String annotation = cells[0].replaceAll("[|`@ ]", "");
      rows.put(annotation, new Row(elements(cells[1]), elements(cells[2])));
    }
    return rows;
  }

  private static Set<String> elements(String cell) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = ELEMENT.matcher(cell.strip());
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @Test
  void everyElementIsInTheReferenceAsRequiredOrOptional() throws IOException {
    Map<String, Row> reference = reference();
    List<Class<? extends Annotation>> written =
        Stream.concat(
                Annotations.ALL.stream(), Stream.of(Location.class, Profile.class, Word.class))
            .filter(type -> !type.equals(io.github.cvdsl.HighlightGroups.class))
            .filter(type -> !type.equals(io.github.cvdsl.Highlight.List.class))
            .toList();
    assertEquals(
        written.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new)),
        new TreeSet<>(reference.keySet()));
    for (Class<? extends Annotation> type : written) {
      Row row = reference.get(type.getSimpleName());
      Set<String> required =
          Arrays.stream(type.getDeclaredMethods())
              .filter(method -> method.getDefaultValue() == null)
              .map(Method::getName)
              .collect(Collectors.toCollection(TreeSet::new));
      Set<String> optional =
          Arrays.stream(type.getDeclaredMethods())
              .filter(method -> method.getDefaultValue() != null)
              .map(Method::getName)
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(required, row.required(), "required elements of @" + type.getSimpleName());
      assertEquals(optional, row.optional(), "optional elements of @" + type.getSimpleName());
    }
  }
}
