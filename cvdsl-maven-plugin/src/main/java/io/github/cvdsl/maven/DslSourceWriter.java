package io.github.cvdsl.maven;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@link DslType} tree as one Java source file, through JavaPoet, formatted as the DSL's
 * own examples are: two-space indentation, an element per line, long text with markup as a text
 * block wrapped to the page, empty types written {@code {}}, and each type's {@code // TODO} lines
 * just above its annotations.
 */
final class DslSourceWriter {
  static final String DSL_PACKAGE = "io.github.cvdsl";

  /** Text with markup longer than this goes in a text block. */
  private static final int TEXT_BLOCK_FROM = 72;

  /** The longest line of a text block's content. */
  private static final int TEXT_BLOCK_WIDTH = 80;

  private static final Pattern UNICODE_ESCAPE = Pattern.compile("(\\\\+)u");

  private static final String TODO_MARK = "cvdsl-todo:";

  private static final Pattern TODO_JAVADOC =
      Pattern.compile("(?m)^( *)/\\*\\*\n *\\* " + TODO_MARK + "(\\d+)\n *\\*/\n");

  private static final Pattern IMPLIED_MODIFIERS =
      Pattern.compile("(?m)^( +)public static interface ");

  private static final Pattern EMPTY_BODY = Pattern.compile("(?m)^( *)(.*interface \\S+) \\{\n *}$");

  private final List<List<String>> todos = new ArrayList<>();

  private DslSourceWriter() {}

  /**
   * The source of {@code cv} in {@code packageName} (empty for the unnamed package), with {@code
   * javadoc} on its type.
   */
  static String write(String packageName, DslType cv, String javadoc) {
    return new DslSourceWriter().source(packageName, cv, javadoc);
  }

  private String source(String packageName, DslType cv, String javadoc) {
    TypeSpec.Builder type = type(cv).addModifiers(Modifier.PUBLIC);
    if (cv.todos.isEmpty()) {
      type.addJavadoc(javadoc);
    }
    String text =
        JavaFile.builder(packageName, type.build())
            .skipJavaLangImports(true)
            .indent("  ")
            .build()
            .toString();
    text = IMPLIED_MODIFIERS.matcher(text).replaceAll("$1interface ");
    text = EMPTY_BODY.matcher(text).replaceAll("$1$2 {}");
    Matcher todo = TODO_JAVADOC.matcher(text);
    StringBuilder out = new StringBuilder();
    while (todo.find()) {
      String indent = todo.group(1);
      StringBuilder lines = new StringBuilder();
      for (String line : todos.get(Integer.parseInt(todo.group(2)))) {
        lines.append(indent).append("// TODO ").append(comment(line)).append('\n');
      }
      todo.appendReplacement(out, Matcher.quoteReplacement(lines.toString()));
    }
    todo.appendTail(out);
    return out.toString();
  }

  private TypeSpec.Builder type(DslType dslType) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(dslType.name);
    if (!dslType.todos.isEmpty()) {
      type.addJavadoc(TODO_MARK + todos.size());
      todos.add(dslType.todos);
    }
    for (DslType.Annotation annotation : dslType.annotations) {
      type.addAnnotation(annotation(annotation));
    }
    if (!dslType.suppressedWarnings.isEmpty()) {
      AnnotationSpec.Builder suppress = AnnotationSpec.builder(SuppressWarnings.class);
      dslType.suppressedWarnings.forEach(key -> suppress.addMember("value", "$S", key));
      type.addAnnotation(suppress.build());
    }
    for (DslType nested : dslType.nested) {
      // JavaPoet wants the modifiers a nested interface has anyway; the source leaves them out.
      type.addType(type(nested).addModifiers(Modifier.PUBLIC, Modifier.STATIC).build());
    }
    return type;
  }

  private static AnnotationSpec annotation(DslType.Annotation annotation) {
    AnnotationSpec.Builder builder =
        AnnotationSpec.builder(ClassName.get(DSL_PACKAGE, annotation.type));
    for (Map.Entry<String, DslType.Value> element : annotation.elements.entrySet()) {
      String name = element.getKey();
      DslType.Value value = element.getValue();
      if (value instanceof DslType.Plain plain) {
        builder.addMember(name, "$S", plain.text());
      } else if (value instanceof DslType.Markup markup) {
        builder.addMember(name, markup(markup));
      } else if (value instanceof DslType.Strings strings) {
        strings.values().forEach(text -> builder.addMember(name, "$S", text));
      } else if (value instanceof DslType.Annotations nested) {
        nested.values().forEach(inner -> builder.addMember(name, inline(inner)));
      }
    }
    return builder.build();
  }

  /**
   * An annotation inside another, on one line that wraps where it must: JavaPoet writes nested
   * annotations on one line, however long.
   */
  private static CodeBlock inline(DslType.Annotation annotation) {
    ClassName type = ClassName.get(DSL_PACKAGE, annotation.type);
    List<CodeBlock> elements = new ArrayList<>();
    for (Map.Entry<String, DslType.Value> element : annotation.elements.entrySet()) {
      CodeBlock value = inlineValue(element.getValue());
      elements.add(
          annotation.elements.size() == 1 && element.getKey().equals("value")
              ? value
              : CodeBlock.of("$L = $L", element.getKey(), value));
    }
    return CodeBlock.of("@$T($L)", type, CodeBlock.join(elements, ",$W"));
  }

  private static CodeBlock inlineValue(DslType.Value value) {
    if (value instanceof DslType.Plain plain) {
      return CodeBlock.of("$S", plain.text());
    } else if (value instanceof DslType.Markup markup) {
      return CodeBlock.of("$S", markup.text());
    } else if (value instanceof DslType.Strings strings) {
      List<CodeBlock> items = strings.values().stream().map(s -> CodeBlock.of("$S", s)).toList();
      return items.size() == 1 ? items.get(0) : CodeBlock.of("{$L}", CodeBlock.join(items, ",$W"));
    }
    DslType.Annotations nested = (DslType.Annotations) value;
    List<CodeBlock> items = nested.values().stream().map(DslSourceWriter::inline).toList();
    return items.size() == 1 ? items.get(0) : CodeBlock.of("{$L}", CodeBlock.join(items, ",$W"));
  }

  private static CodeBlock markup(DslType.Markup markup) {
    String text = markup.text();
    if (text.length() <= TEXT_BLOCK_FROM && !text.contains("\n")) {
      return CodeBlock.of("$S", text);
    }
    return CodeBlock.of("$L", textBlock(text, markup.paragraphs()));
  }

  /**
   * A text block holding {@code text}: paragraphs separated by a blank line, each wrapped at single
   * spaces, where the DSL reads a line break as the space it replaces.
   */
  static String textBlock(String written, boolean paragraphs) {
    String text = written.replace("\r\n", "\n").replace('\r', '\n');
    List<String> parts =
        paragraphs
            ? List.of(text.strip().split("\\n[ \\t]*\\n\\s*"))
            : List.of(text.strip().replaceAll("\\s*\\n\\s*", " "));
    StringBuilder out = new StringBuilder("\"\"\"\n");
    boolean first = true;
    for (String paragraph : parts) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      for (String line : wrap(paragraph.strip().replaceAll("[ \\t]*\\n[ \\t]*", " "))) {
        out.append(escapeTextBlock(line)).append('\n');
      }
    }
    return out.append("\"\"\"").toString();
  }

  /** Breaks at single spaces between words only, so that reading each break as a space restores the line. */
  private static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int lastBreak = -1;
    for (int i = 0; i < paragraph.length(); i++) {
      if (isBreak(paragraph, i)) {
        if (i - start > TEXT_BLOCK_WIDTH && lastBreak > start) {
          lines.add(paragraph.substring(start, lastBreak));
          start = lastBreak + 1;
        }
        lastBreak = i;
      }
    }
    if (paragraph.length() - start > TEXT_BLOCK_WIDTH && lastBreak > start) {
      lines.add(paragraph.substring(start, lastBreak));
      start = lastBreak + 1;
    }
    lines.add(paragraph.substring(start));
    return lines;
  }

  private static boolean isBreak(String text, int i) {
    return text.charAt(i) == ' '
        && i > 0
        && i + 1 < text.length()
        && !Character.isWhitespace(text.charAt(i - 1))
        && !Character.isWhitespace(text.charAt(i + 1));
  }

  private static String escapeTextBlock(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c == '"' && line.startsWith("\"\"", i + 1)) {
        out.append("\\\""); // no closing delimiter inside the text
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20) {
        out.append(String.format("\\%03o", (int) c));
      } else {
        out.append(c);
      }
    }
    // A text block strips trailing spaces; an escaped last one stays.
    if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
      out.append("\\s");
    }
    return out.toString();
  }

  /**
   * A line comment's text: one line, and no backslash Java could read as the start of a Unicode
   * escape, which it reads even in comments: a run of backslashes before {@code u} is made even.
   */
  private static String comment(String text) {
    String oneLine = text.replace("\r", " ").replace("\n", " ");
    Matcher escape = UNICODE_ESCAPE.matcher(oneLine);
    StringBuilder out = new StringBuilder();
    while (escape.find()) {
      String backslashes = escape.group(1);
      escape.appendReplacement(
          out,
          Matcher.quoteReplacement(
              backslashes + (backslashes.length() % 2 == 1 ? "\\" : "") + "u"));
    }
    escape.appendTail(out);
    return out.toString();
  }
}
