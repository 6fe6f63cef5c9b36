package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.model;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.github.cvdsl.model.Cv;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every component of every model record, found by reflection, comes through from the annotations of
 * a CV that sets every annotation element to the model that its generated class returns, with a
 * value that is not the component's default. A component added to a record without a way to write
 * it in the DSL, or without a reading rule, or lost on the way, makes this fail and names it.
 */
class ModelComponentsTest {
  /** Every element of every annotation, each set to a value that is not its default. */
  private static final JavaFileObject EVERY_COMPONENT =
      source(
          "AllCv",
          """
@Cv(name = "Kura", label = "Engineer", email = "kura@example.org", phone = "+44 117 496 0000",
    website = "https://kura.gg",
    location = @Location(address = "1 Street", postalCode = "BS1 1AA", city = "Bristol",
                         region = "Avon", countryCode = "GB"),
    summary = "Engineer who builds **CDNs**, *mentors*, `codes` and [links](https://kura.gg).",
    profiles = @Profile(network = "GitHub", username = "kura", url = "https://github.com/kura"),
    language = "en-GB",
    words = @Word(key = "present", value = "now"))
public interface AllCv {
  @Section(value = "Everything", summary = "All kinds.")
  @Highlights(title = "Section bullets", value = @Highlight(value = "One", details = "Detail"))
  interface Everything {
    @Job(organisation = "BBC", position = "Engineer", start = "~2019-08", end = "present",
         location = "London", url = "https://www.bbc.co.uk", description = "Broadcaster",
         summary = "Building.")
    @Highlight("Job bullet")
    interface Bbc {}

    @Volunteer(organisation = "Code Club", position = "Mentor", start = "~2016-01-02",
               end = "2018-06-30", url = "https://codeclub.org", summary = "Taught.")
    @Highlight("Volunteer bullet")
    interface CodeClub {}

    @Education(institution = "Bristol", area = "CS", studyType = "BSc", start = "2001",
               score = "First", courses = "Compilers", url = "https://bristol.ac.uk",
               summary = "Studied.")
    @Highlight("Education bullet")
    interface Bristol {}

    @Award(title = "Engineer of the year", date = "2021-12", awarder = "BBC", summary = "For.")
    @Highlight("Award bullet")
    interface Award2021 {}

    @Certificate(name = "CKA", date = "2022-03-15", issuer = "CNCF", url = "https://cncf.io")
    @Highlight("Certificate bullet")
    interface Cka {}

    @Publication(name = "Tuning", publisher = "Blog", releaseDate = "~2023",
                 url = "https://kura.gg/nvme", summary = "How.")
    @Highlight("Publication bullet")
    interface Nvme {}

    @Skill(name = "Linux", level = "Master", keywords = "Debian", summary = "Since 2001.")
    @Highlight("Skill bullet")
    interface Linux {}

    @Language(language = "English", fluency = "Native")
    @Highlight("Language bullet")
    interface English {}

    @Interest(name = "Video", keywords = "encoding")
    @Highlight("Interest bullet")
    interface Video {}

    @Reference(name = "Jane Doe", reference = "Reliable.")
    @Highlight("Reference bullet")
    interface Jane {}

    @Project(name = "MAP", roles = "Architect", entity = "Tangent", type = "platform",
             start = "2012", end = "2014", url = "https://map.example", summary = "A platform.",
             keywords = "Python")
    @Highlight("Project bullet")
    interface Map {}

    @Item(title = "Speaker", subtitle = "PyCon UK", url = "https://pycon.org.uk",
          summary = "Async Python.")
    @Highlight("Item bullet")
    interface PyCon {}
  }
}
""");

  @Test
  void everyComponentOfEveryModelRecordArrivesWithAValue() {
    Compilation compilation = javac(EVERY_COMPONENT);
    assertThat(compilation).succeeded();
    Cv cv = model(compilation, "test.AllCvModel");

    Set<String> expected = new TreeSet<>();
    everyComponent(Cv.class, new java.util.HashSet<>(), expected);
    Set<String> arrived = new TreeSet<>();
    walk(cv, arrived);

    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(arrived);
    assertEquals(Set.of(), missing, "components that never arrive with a value");
    // The walk is the test: it must have seen far more than a handful of components.
    assertEquals(expected, arrived);
  }

  /** Every record component and permitted subtype reachable from {@code type}, by reflection. */
  private static void everyComponent(Class<?> type, Set<Class<?>> seen, Set<String> out) {
    if (!seen.add(type)) {
      return;
    }
    if (type.isSealed()) {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        out.add(type.getSimpleName() + " is " + permitted.getSimpleName());
        everyComponent(permitted, seen, out);
      }
    } else if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        out.add(name(component));
        for (Class<?> reached : typesIn(component.getGenericType())) {
          everyComponent(reached, seen, out);
        }
      }
    }
  }

  private static List<Class<?>> typesIn(java.lang.reflect.Type type) {
    List<Class<?>> types = new ArrayList<>();
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      for (java.lang.reflect.Type argument : p.getActualTypeArguments()) {
        types.addAll(typesIn(argument));
      }
    } else if (type instanceof Class<?> c && (c.isRecord() || c.isSealed())) {
      types.add(c);
    }
    return types;
  }

  /** Notes every component of {@code value} and below it that holds a non-default value. */
  private static void walk(Object value, Set<String> arrived) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(present -> walk(present, arrived));
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(item -> walk(item, arrived));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, item) -> {
            walk(key, arrived);
            walk(item, arrived);
          });
    } else if (value instanceof Record record) {
      for (Class<?> sealed : record.getClass().getInterfaces()) {
        if (sealed.isSealed()) {
          arrived.add(sealed.getSimpleName() + " is " + record.getClass().getSimpleName());
        }
      }
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object componentValue = read(component, record);
        if (!isDefault(componentValue)) {
          arrived.add(name(component));
        }
        walk(componentValue, arrived);
      }
    }
  }

  private static boolean isDefault(Object value) {
    return value == null
        || value.equals("")
        || value.equals(Optional.empty())
        || value.equals(false)
        || value.equals(0)
        || (value instanceof Collection<?> collection && collection.isEmpty())
        || (value instanceof Map<?, ?> map && map.isEmpty());
  }

  private static String name(RecordComponent component) {
    return component.getDeclaringRecord().getSimpleName() + "." + component.getName();
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }
}
