package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** An unexpected exception inside the processor is one error on the CV, not a crash of javac. */
class InternalErrorTest {

  /** Runs the processor with a Filer that fails in a way no Filer should. */
  private static final class WithBrokenFiler extends AbstractProcessor {
    private final CvProcessor processor = new CvProcessor();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      Filer broken =
          proxy(
              Filer.class,
              (self, method, args) -> {
                throw new IllegalStateException("disk on fire");
              });
      processor.init(
          proxy(
              ProcessingEnvironment.class,
              (self, method, args) ->
                  method.getName().equals("getFiler")
                      ? broken
                      : invoke(method, environment, args)));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
        throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
      return type.cast(
          Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
  }

  @Test
  void becomesOneErrorOnTheCv() {
    JavaFileObject cv =
        source(
            "TestCv",
            """
            @Cv(name = "Kura")
            interface TestCv {
              @Section("Projects")
              interface Projects {
                @Project(name = "Pelican")
                interface Pelican {}
              }
            }
            """);
    Compilation compilation = Compiler.javac().withProcessors(new WithBrokenFiler()).compile(cv);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[cvdsl:internal] internal error in cvdsl, please report:"
                + " java.lang.IllegalStateException: disk on fire")
        .inFile(cv)
        .onLineContaining("interface TestCv");
  }
}
