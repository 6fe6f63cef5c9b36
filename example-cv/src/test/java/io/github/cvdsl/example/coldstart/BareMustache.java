package io.github.cvdsl.example.coldstart;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.util.Map;

/**
 * Mustache.java alone, as its README shows it: compiles a one-line template and fills it from a
 * map. No cvdsl class is loaded: this is the floor for any renderer built on Mustache.java.
 */
public final class BareMustache {
  private BareMustache() {}

  /**
   * Renders {@code Hello, {{name}}!} to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Mustache template =
        new DefaultMustacheFactory().compile(new StringReader("Hello, {{name}}!"), "hello");
    Writer out = new PrintWriter(System.out);
    template.execute(out, Map.of("name", "world"));
    System.out.println();
    System.out.flush();
  }
}
