package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.generatedSource;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.modelClass;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Section;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The typed accessors: named after the author's types and nested as they are, with the rule for
 * names that are Java keywords or taken by the generated class's own members (docs/model.md).
 */
class ModelAccessorsTest {
  /** Type names that are keywords, members of the model class, or the model's own type names. */
  private static final JavaFileObject AWKWARD_NAMES =
      source(
          "NamesCv",
          """
@Cv(name = "Kura")
interface NamesCv {
  @Section("Defaults")
  interface Default {
    @io.github.cvdsl.Job(organisation = "A", position = "P", start = "2010") interface Section {}
    @io.github.cvdsl.Job(organisation = "B", position = "P", start = "2011") interface HashCode {}
    @io.github.cvdsl.Job(organisation = "C", position = "P", start = "2012") interface Http {}
    @io.github.cvdsl.Job(organisation = "D", position = "P", start = "2013") interface HTTP {}
    @io.github.cvdsl.Job(organisation = "E", position = "P", start = "2014") interface Class {}
    @io.github.cvdsl.Job(organisation = "F", position = "P", start = "2015") interface URLShortener {}
  }

  @Section(value = "Model", summary = "A section named as the CV's accessor.")
  interface Cv {}

  @Section(value = "Jobs", summary = "A section named as a model record.")
  interface Job {}
}
""");

  @Test
  void keywordsAndTakenNamesGetAnUnderscore() throws ReflectiveOperationException {
    Compilation compilation = javac(AWKWARD_NAMES);
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> model = modelClass(compilation, "test.NamesCvModel");

    Object defaults = call(model, null, "default_");
    assertEquals("Defaults", ((Section) call(defaults, "section")).title());
    List<String> accessors =
        List.of("section_", "hashCode_", "http", "http_", "class_", "urlShortener");
    List<String> organisations = List.of("A", "B", "C", "D", "E", "F");
    for (int i = 0; i < accessors.size(); i++) {
      Job job = (Job) call(defaults, accessors.get(i));
      assertEquals(organisations.get(i), job.organisation(), accessors.get(i));
    }
    assertEquals("Model", ((Section) call(call(model, null, "cv_"), "section")).title());
    assertEquals("Jobs", ((Section) call(call(model, null, "job"), "section")).title());
    assertSame(call(model, null, "default_"), defaults, "one instance per section");
  }

  @Test
  void aClassNamedAsAModelRecordDoesNotHideIt() {
    String source = generatedSource(javac(AWKWARD_NAMES), "test.NamesCvModel");
    assertTrue(source.contains("public static final class Job {"), source);
    assertTrue(source.contains("public io.github.cvdsl.model.Job section_() {"), source);
  }

  @Test
  void theAccessorSaysWhatItHolds() {
    String source = generatedSource(javac(ModelTest.EVERY_KIND), "test.FullCvModel");
    assertTrue(
        source.contains(
            "     * BBC &mdash; Engineer, Aug 2019 &ndash;, from {@link"
                + " test.FullCv.Experience.Bbc}.\n"
                + "     */\n"
                + "    public Job bbc() {"),
        source);
  }

  @Test
  void lowerCamelCaseKeepsAnAcronymTogether() {
    assertEquals("bbc", AccessorNames.lowerCamel("Bbc"));
    assertEquals("bbc", AccessorNames.lowerCamel("BBC"));
    assertEquals("urlShortener", AccessorNames.lowerCamel("URLShortener"));
    assertEquals("http2Server", AccessorNames.lowerCamel("HTTP2Server"));
    assertEquals("x", AccessorNames.lowerCamel("X"));
    assertEquals("already", AccessorNames.lowerCamel("already"));
  }

  @Test
  void javadocTextCannotLeaveTheComment() {
    assertEquals(
        "a &#42;/ b &lt;i&gt; &#64;see &#92;u002A &amp; &#10; &#8233; &#128512; &mdash;",
        ModelWriter.javadocText("a */ b <i> @see \\u002A & \n \u2029 \uD83D\uDE00 \u2014"));
  }

  private static Object call(Class<?> type, Object target, String method)
      throws ReflectiveOperationException {
    try {
      return type.getMethod(method).invoke(target);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    return call(target.getClass(), target, method);
  }
}
