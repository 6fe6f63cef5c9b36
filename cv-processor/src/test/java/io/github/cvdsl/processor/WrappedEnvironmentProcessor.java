package io.github.cvdsl.processor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Runs {@link CvProcessor} behind a wrapped processing environment, as Gradle runs processors, with
 * a {@link Filer} of the test's choosing. javac's tree API does not accept such an environment.
 */
final class WrappedEnvironmentProcessor extends AbstractProcessor {
  private final CvProcessor delegate = new CvProcessor();
  private final UnaryOperator<Filer> filer;

  /** {@code filer} makes the processor's Filer from javac's. */
  WrappedEnvironmentProcessor(UnaryOperator<Filer> filer) {
    this.filer = filer;
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    Filer wrapped = filer.apply(environment.getFiler());
    delegate.init(
        proxy(
            ProcessingEnvironment.class,
            (self, method, args) ->
                method.getName().equals("getFiler") ? wrapped : call(method, environment, args)));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  /** An implementation of {@code type} that hands every call to {@code handler}. */
  static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /** Calls {@code method} on {@code target}, throwing what the method throws. */
  static Object call(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
