package io.github.cvdsl.render.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.TemplateContext;

/**
 * Compiles sections and values to {@link ViewSectionCode} and {@link ViewValueCode}; every other
 * tag as Mustache.java does.
 */
final class ViewVisitor extends DefaultMustacheVisitor {

  ViewVisitor(DefaultMustacheFactory factory) {
    super(factory);
  }

  @Override
  public void iterable(TemplateContext context, String name, Mustache body) {
    list.add(new ViewSectionCode(context, df, body, name));
  }

  @Override
  public void value(TemplateContext context, String name, boolean escaped) {
    list.add(new ViewValueCode(context, df, name, escaped));
  }
}
