package io.github.cvdsl.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheVisitor;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Sections and values render every kind of value as Mustache.java's own codes do. */
class ViewCodesTest {

  /** One member per kind of value a section or a value tag can meet. */
  public record Values(
      Object nothing,
      String empty,
      String text,
      boolean yes,
      boolean no,
      ArrayList<String> arrayList,
      List<String> one,
      List<String> two,
      List<Integer> three,
      List<String> none,
      List<Integer> mapped,
      List<Optional<String>> optionals,
      BylineView view,
      Optional<String> present,
      Optional<String> absent,
      Function<String, String> function,
      Callable<String> callable,
      String[] array,
      Iterator<String> iterator,
      int number) {}

  private static final List<String> NAMES =
      List.of(
          "nothing",
          "empty",
          "text",
          "yes",
          "no",
          "arrayList",
          "one",
          "two",
          "three",
          "none",
          "mapped",
          "optionals",
          "view",
          "present",
          "absent",
          "callable",
          "array",
          "iterator",
          "number");

  @Test
  void sectionsAndValuesRenderEveryKindOfValueAsMustacheJavaDoes() {
    StringBuilder template = new StringBuilder();
    for (String name : NAMES) {
      template
          .append(name)
          .append(": [{{#")
          .append(name)
          .append("}}<{{.}}|{{role}}>{{/")
          .append(name)
          .append("}}] [{{^")
          .append(name)
          .append("}}none{{/")
          .append(name)
          .append("}}] [{{")
          .append(name)
          .append("}}] [{{{")
          .append(name)
          .append("}}}]\n");
    }
    // Mustache.java passes a function the section's text; as a value it fails on its own.
    template.append("function: [{{#function}}<{{.}}|{{role}}>{{/function}}]\n");

    String stock = render(template.toString(), new DefaultMustacheFactory());
    String views = render(template.toString(), viewFactory());

    assertEquals(stock, views);
    // The comparison means something only if the values took every path.
    assertEquals("text: [<a&lt;b|>] [] [a&lt;b] [a<b]", line(views, "text"));
    assertEquals("three: [<1|><2|><3|>] [] [[1, 2, 3]] [[1, 2, 3]]", line(views, "three"));
    assertEquals("mapped: [<10|><20|>] [] [[10, 20]] [[10, 20]]", line(views, "mapped"));
    assertEquals("empty: [] [none] [] []", line(views, "empty"));
    assertEquals("nothing: [] [none] [] []", line(views, "nothing"));
    assertEquals("no: [] [none] [false] [false]", line(views, "no"));
    assertEquals("iterator: [<i|><j|>] [none] [letters] [letters]", line(views, "iterator"));
    assertEquals("callable: [<called|>] [] [called] [called]", line(views, "callable"));
    assertTrue(line(views, "view").startsWith("view: [<BylineView[role&#61;Engineer"), views);
    assertTrue(line(views, "view").contains("|Engineer>]"), views);
  }

  /** A scope whose member fails when a template reads it. */
  public record Failing(String name) {
    @Override
    public String name() {
      throw new IllegalStateException("kaboom");
    }
  }

  @Test
  void aValueThatFailsToBeReadFailsAsWithMustacheJavaNamingTheTag() {
    String template = "before {{name}} after";

    RuntimeException stock =
        assertThrows(
            RuntimeException.class,
            () -> render(template, new DefaultMustacheFactory(), new Failing("x")));
    RuntimeException views =
        assertThrows(
            RuntimeException.class, () -> render(template, viewFactory(), new Failing("x")));

    assertEquals(stock.getClass(), views.getClass());
    assertEquals(stock.getMessage(), views.getMessage());
    assertTrue(views.getMessage().contains("Failed to get value for name"), views.getMessage());
    assertEquals(stock.getCause().getMessage(), views.getCause().getMessage());
    Throwable root = views;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    assertEquals("kaboom", root.getMessage());
  }

  private static DefaultMustacheFactory viewFactory() {
    return new DefaultMustacheFactory() {
      @Override
      public MustacheVisitor createMustacheVisitor() {
        return new ViewVisitor(this);
      }
    };
  }

  private static String render(String template, DefaultMustacheFactory factory, Object scope) {
    factory.setObjectHandler(new MemberObjectHandler());
    StringWriter out = new StringWriter();
    factory.compile(new StringReader(template), "failing").execute(out, scope);
    return out.toString();
  }

  private static String line(String rendered, String name) {
    return rendered.lines().filter(line -> line.startsWith(name + ":")).findFirst().orElseThrow();
  }

  /** An iterator that prints the same in both renders, so that only the codes can differ. */
  private static final class Letters implements Iterator<String> {
    private final Iterator<String> letters = List.of("i", "j").iterator();

    @Override
    public boolean hasNext() {
      return letters.hasNext();
    }

    @Override
    public String next() {
      return letters.next();
    }

    @Override
    public String toString() {
      return "letters";
    }
  }

  private static final Function<String, String> UPPER_CASE = String::toUpperCase;
  private static final Callable<String> CALLED = () -> "called";
  private static final String[] ARRAY = {"p", "q"};

  private static String render(String template, DefaultMustacheFactory factory) {
    factory.setObjectHandler(new MemberObjectHandler());
    Values values =
        new Values(
            null,
            "",
            "a<b",
            true,
            false,
            new ArrayList<>(List.of("p", "q")),
            List.of("x"),
            List.of("x", "y"),
            List.of(1, 2, 3),
            List.of(),
            new MappedList<>(List.of(1, 2), number -> number * 10),
            List.of(Optional.of("z"), Optional.empty()),
            new BylineView("Engineer", " • ", null, "Engineer"),
            Optional.of("o"),
            Optional.empty(),
            UPPER_CASE,
            CALLED,
            ARRAY,
            new Letters(),
            42);
    StringWriter out = new StringWriter();
    factory.compile(new StringReader(template), "values").execute(out, values);
    return out.toString();
  }
}
