package io.github.cvdsl.render.pdf;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Every string of a CV's model with its path, e.g. {@code sections[1].entries[0].position}: the
 * record components and list indexes from the {@link Cv}. Read through the records' components, so
 * a component added to the model is walked with no change here. A {@link Text} is one string, its
 * plain text; a {@link Url} is its address.
 */
final class ModelStrings {

  private ModelStrings() {}

  /** Each record class's components, looked up once per walk: reflection is slow to ask. */
  private final Map<Class<?>, RecordComponent[]> components = new HashMap<>();

  static void forEach(Cv cv, BiConsumer<String, String> visit) {
    new ModelStrings().walk("", cv, visit);
  }

  private void walk(String path, Object value, BiConsumer<String, String> visit) {
    if (value instanceof String string) {
      visit.accept(path, string);
    } else if (value instanceof Text text) {
      visit.accept(path, text.plainText());
    } else if (value instanceof Url url) {
      visit.accept(path, url.value());
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(present -> walk(path, present, visit));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + i + "]", list.get(i), visit);
      }
    } else if (value instanceof Record record) {
      for (RecordComponent component :
          components.computeIfAbsent(record.getClass(), Class::getRecordComponents)) {
        String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
        walk(name, read(component, record), visit);
      }
    }
    // Numbers, dates and flags: digits and nothing a font could lack.
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + component.getName() + " of " + record.getClass().getName(), e);
    }
  }
}
