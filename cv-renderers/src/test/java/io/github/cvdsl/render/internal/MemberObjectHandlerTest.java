package io.github.cvdsl.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.ObjectHandler;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Templates, themes' included, see the same values as with Mustache.java's own lookup. */
class MemberObjectHandlerTest {

  /** A scope with every kind of member Mustache.java finds: accessor, getter, is-getter, field. */
  public static final class Person {
    public final String nickname = "Kay";
    private final String hidden = "never shown";

    public String name() {
      return "Kura";
    }

    public String getCity() {
      return "Bristol";
    }

    public boolean isRemote() {
      return true;
    }

    public Optional<String> middleName() {
      return Optional.empty();
    }

    public Optional<String> title() {
      return Optional.of("Dr");
    }

    public List<Job> jobs() {
      return List.of(new Job("BBC", "Engineer"), new Job("Tangent", null));
    }

    @Override
    public String toString() {
      return hidden;
    }
  }

  public record Job(String name, String role) {}

  private static final String TEMPLATE =
      "{{name}} {{city}} {{nickname}} {{hidden}} {{#remote}}remote{{/remote}}"
          + " [{{middleName}}] [{{title}}] {{missing}}\n"
          + "{{#jobs}}{{name}} as {{role}}{{^role}}anything{{/role}} for {{city}};"
          + " {{#role}}{{length}} {{bytes.length}} {{.}}{{/role}}\n{{/jobs}}"
          + "{{#map}}{{city}} {{name}} {{inner.name}}{{/map}} {{map.city}} {{jobs.size}}\n";

  @Test
  void findsWhatReflectionFindsInEveryKindOfScope() {
    Map<String, Object> map = Map.of("city", "Salford", "inner", new Job("PyCon", "Organiser"));
    List<Object> scope = List.of(new Person(), Map.of("map", map));

    String expected = render(new ReflectionObjectHandler(), scope);

    assertEquals(expected, render(new MemberObjectHandler(), scope));
    assertEquals(
        "Kura Bristol Kay  remote [] [Dr] \n"
            + "BBC as Engineer for Bristol; 8  Engineer\n"
            + "Tangent as anything for Bristol; \n"
            + "Salford Kura PyCon Salford 2\n",
        expected);
  }

  private static String render(ObjectHandler handler, List<Object> scopes) {
    DefaultMustacheFactory factory = new DefaultMustacheFactory();
    factory.setObjectHandler(handler);
    StringWriter out = new StringWriter();
    factory.compile(new StringReader(TEMPLATE), "test").execute(out, scopes);
    return out.toString();
  }
}
