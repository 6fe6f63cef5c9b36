package io.github.cvdsl.render.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.IterableCode;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code {{#name}}...{{/name}}} section that renders the values views hold exactly as
 * Mustache.java's {@link IterableCode} does, but decides by exact class: a list renders once per
 * element, a non-empty string and a view record once with it as the scope, {@code null} not at all.
 * Mustache.java asks every value whether it is a function, a callable, a boolean, an iterable, an
 * iterator or an array first, and a long CV opens sections hundreds of thousands of times. Any
 * other value goes the way Mustache.java would send it.
 */
final class ViewSectionCode extends IterableCode {

  // The classes of List.of with one or two elements and with more; views hold these lists.
  private static final Class<?> SMALL_LIST = List.of(1).getClass();
  private static final Class<?> LIST = List.of(1, 2, 3).getClass();

  private static final List<Class<?>> VIEWS =
      List.of(
          CvView.class,
          SectionView.class,
          EntryView.class,
          GroupView.class,
          HighlightView.class,
          BylineView.class,
          DatesView.class,
          DatePointView.class);

  ViewSectionCode(
      TemplateContext context, DefaultMustacheFactory factory, Mustache body, String name) {
    super(context, factory, body, name);
  }

  @Override
  public Writer execute(Writer writer, List<Object> scopes) {
    Object value = get(scopes);
    if (value == null) {
      return appendText(writer);
    }
    Class<?> type = value.getClass();
    Writer out = writer;
    if (type == ArrayList.class || type == SMALL_LIST || type == LIST || type == MappedList.class) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        out = next(out, oh.coerce(list.get(i)), scopes);
      }
    } else if (type == String.class) {
      if (!((String) value).isEmpty()) {
        out = next(out, value, scopes);
      }
    } else if (isView(type)) {
      out = next(out, value, scopes);
    } else {
      out = handle(out, value, scopes);
    }
    return appendText(out);
  }

  private static boolean isView(Class<?> type) {
    for (int i = 0; i < VIEWS.size(); i++) {
      if (VIEWS.get(i) == type) {
        return true;
      }
    }
    return false;
  }
}
