package io.github.cvdsl.render.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * A {@code {{name}}} or {@code {{{name}}}} tag that renders every value as Mustache.java's {@link
 * ValueCode} does, but asks first whether it is a string, and only then whether it is a function or
 * a callable: views hold strings, and a long CV writes hundreds of thousands of them.
 */
final class ViewValueCode extends ValueCode {

  ViewValueCode(
      TemplateContext context, DefaultMustacheFactory factory, String name, boolean escaped) {
    super(context, factory, name, escaped);
  }

  @Override
  public Writer execute(Writer writer, List<Object> scopes) {
    try {
      Object value = get(scopes);
      if (value != null) {
        if (value.getClass() == String.class) {
          execute(writer, (String) value);
        } else if (value instanceof Function<?, ?> function) {
          handleFunction(writer, function, scopes);
        } else if (value instanceof Callable<?> callable) {
          return handleCallable(writer, callable, scopes);
        } else {
          execute(writer, oh.stringify(value));
        }
      }
      return appendText(run(writer, scopes));
    } catch (Exception e) {
      throw new MustacheException("Failed to get value for " + name, e, tc);
    }
  }
}
