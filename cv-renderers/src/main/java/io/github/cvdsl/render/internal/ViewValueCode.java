package io.github.cvdsl.render.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import java.io.Writer;
import java.util.List;

/**
 * A {@code {{name}}} or {@code {{{name}}}} tag that writes a string exactly as Mustache.java's
 * {@link ValueCode} does, without first asking it whether it is a function or a callable: views
 * hold strings, and a long CV writes hundreds of thousands of them. Any other value goes the way
 * Mustache.java would send it.
 */
final class ViewValueCode extends ValueCode {

  ViewValueCode(
      TemplateContext context, DefaultMustacheFactory factory, String name, boolean escaped) {
    super(context, factory, name, escaped);
  }

  @Override
  public Writer execute(Writer writer, List<Object> scopes) {
    Object value = get(scopes);
    if (value != null && value.getClass() != String.class) {
      return super.execute(writer, scopes);
    }
    if (value != null) {
      try {
        execute(writer, (String) value);
      } catch (Exception e) {
        throw new MustacheException("Failed to get value for " + name, e, tc);
      }
    }
    return appendText(run(writer, scopes));
  }
}
