package io.github.cvdsl.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Writes the class that builds a CV's model in plain Java: one method per section and per entry,
 * constructor calls laid out as a person would write them.
 */
final class ModelWriter {
  /** Beyond this width an expression is broken over lines, one argument a line. */
  private static final int INLINE_WIDTH = 72;

  /** Long strings are split into pieces of about this many characters, at spaces. */
  private static final int STRING_PIECE = 50;

  /** Entries whose builder methods share one nested class, and so one constant pool. */
  private static final int ENTRIES_PER_CLASS = 200;

  private static final String GENERATED = "javax.annotation.processing.Generated";

  private final boolean generatedAvailable;

  ModelWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  static ClassName modelClassName(TypeElement cvType) {
    ClassName cv = ClassName.get(cvType);
    return ClassName.get(cv.packageName(), String.join("_", cv.simpleNames()) + "Model");
  }

  static boolean canAnnotateGenerated(javax.lang.model.util.Elements elements) {
    return elements.getTypeElement(GENERATED) != null;
  }

  JavaFile write(TypeElement cvType, List<TypeElement> sectionTypes, Cv cv) {
    ClassName model = modelClassName(cvType);
    Set<String> methodNames = new LinkedHashSet<>(List.of("cv", "create"));
    Set<String> classNames = new LinkedHashSet<>(List.of(model.simpleName()));
    Map<Object, CodeBlock> references = new IdentityHashMap<>();
    List<MethodSpec> sectionMethods = new ArrayList<>();
    List<TypeSpec> entryClasses = new ArrayList<>();
    Expressions expressions = new Expressions(references);
    for (int i = 0; i < cv.sections().size(); i++) {
      Section section = cv.sections().get(i);
      String name = sectionTypes.get(i).getSimpleName().toString();
      String method = unique(lowerCamel(name) + "Section", methodNames);
      references.put(section, CodeBlock.of("$N()", method));
      List<TypeElement> entryTypes =
          ElementFilter.typesIn(sectionTypes.get(i).getEnclosedElements()).stream()
              .filter(Annotations::isEntry)
              .toList();
      List<CodeBlock> chunks = new ArrayList<>();
      for (int from = 0; from < section.entries().size(); from += ENTRIES_PER_CLASS) {
        int to = Math.min(from + ENTRIES_PER_CLASS, section.entries().size());
        String suffix = section.entries().size() > ENTRIES_PER_CLASS ? "" + chunks.size() : "";
        ClassName holder = model.nestedClass(unique(name + "Entries" + suffix, classNames));
        entryClasses.add(
            entryClass(
                holder,
                section.title(),
                section.entries().subList(from, to),
                entryTypes.subList(from, to),
                expressions,
                references));
        chunks.add(CodeBlock.of("$T.entries()", holder));
      }
      if (chunks.size() == 1) {
        references.put(section.entries(), chunks.get(0));
      } else if (chunks.size() > 1) {
        references.put(
            section.entries(),
            CodeBlock.of(
                "$T.of($L).flatMap($T::stream).toList()",
                Stream.class,
                CodeBlock.join(chunks, ", "),
                List.class));
      }
      sectionMethods.add(builder(method, Section.class, expressions.record(section)));
    }

    TypeSpec.Builder type =
        TypeSpec.classBuilder(model)
            .addOriginatingElement(cvType)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The CV written in {@link $T}, built in plain Java.\n", ClassName.get(cvType))
            .addField(
                FieldSpec.builder(Cv.class, "CV", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("create()")
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("cv")
                    .addJavadoc("The CV, immutable; every call returns the same instance.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(Cv.class)
                    .addStatement("return CV")
                    .build())
            .addMethod(builder("create", Cv.class, expressions.record(cv)))
            .addMethods(sectionMethods)
            .addTypes(entryClasses);
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(ClassName.bestGuess(GENERATED))
              .addMember("value", "$S", CvProcessor.class.getCanonicalName())
              .addMember("comments", "$S", "from " + cvType.getQualifiedName())
              .build());
    }
    return JavaFile.builder(model.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * A nested class that builds some entries of a section, one method an entry. Each class has its
   * own constant pool, so a CV of thousands of entries stays within the JVM's limits.
   */
  private static TypeSpec entryClass(
      ClassName holder,
      String sectionTitle,
      List<Entry> entries,
      List<TypeElement> entryTypes,
      Expressions expressions,
      Map<Object, CodeBlock> references) {
    Set<String> methodNames = new LinkedHashSet<>(List.of("entries"));
    List<MethodSpec> methods = new ArrayList<>();
    List<CodeBlock> calls = new ArrayList<>();
    for (int j = 0; j < entries.size(); j++) {
      String method = unique(lowerCamel(entryTypes.get(j).getSimpleName().toString()), methodNames);
      references.put(entries.get(j), CodeBlock.of("$N()", method));
      calls.add(CodeBlock.of("$N()", method));
      Entry entry = entries.get(j);
      methods.add(builder(method, entry.getClass(), expressions.record((Record) entry)));
    }
    MethodSpec list =
        MethodSpec.methodBuilder("entries")
            .addModifiers(Modifier.STATIC)
            .returns(ParameterizedTypeName.get(List.class, Entry.class))
            .addCode(
                "return $T.<$T>of(\n$>$>$L$<$<);\n",
                List.class,
                Entry.class,
                CodeBlock.join(calls, ",\n"))
            .build();
    return TypeSpec.classBuilder(holder)
        .addJavadoc("Entries of the section \"$L\".\n", sectionTitle.replace("*/", "*&#47;"))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(list)
        .addMethods(methods)
        .build();
  }

  private static MethodSpec builder(String name, Class<?> returns, CodeBlock body) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(returns)
        // addStatement would indent continuation lines a second time.
        .addCode("return $L;\n", body)
        .build();
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }

  /** {@code "TangentPlc"} to {@code "tangentPlc"}, {@code "MAP"} to {@code "map"}. */
  static String lowerCamel(String name) {
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    if (upper <= 1 || upper == name.length()) {
      return name.substring(0, upper).toLowerCase(java.util.Locale.ROOT) + name.substring(upper);
    }
    // "URLList": keep the capital that starts the next word.
    return name.substring(0, upper - 1).toLowerCase(java.util.Locale.ROOT)
        + name.substring(upper - 1);
  }

  /**
   * Java expressions that rebuild model values. Each method's body is written into one format
   * string with its arguments and becomes one {@link CodeBlock}: a block for every call and
   * argument list made JavaPoet spend more time than the rest of the processor together.
   */
  private static final class Expressions {
    private final Map<Object, CodeBlock> references;

    /** The components of each record class: reflection builds them afresh on every call. */
    private final Map<Class<?>, List<Component>> components = new HashMap<>();

    Expressions(Map<Object, CodeBlock> references) {
      this.references = references;
    }

    private record Component(Method accessor, Type type) {}

    /** A format string and its arguments, appended to as an expression is written out. */
    private static final class Code {
      private final StringBuilder format = new StringBuilder();
      private final List<Object> arguments = new ArrayList<>();

      /** Text written as it is. */
      Code text(String text) {
        format.append(text.indexOf('$') < 0 ? text : text.replace("$", "$$"));
        return this;
      }

      /** Text that JavaPoet reads as a format: indentation ({@code $>}) and such. */
      Code format(String format) {
        this.format.append(format);
        return this;
      }

      Code argument(String placeholder, Object argument) {
        format.append(placeholder);
        arguments.add(argument);
        return this;
      }

      CodeBlock build() {
        return CodeBlock.of(format.toString(), arguments.toArray());
      }
    }

    /**
     * An expression with the width it takes on one line, counted as it is built: asking JavaPoet
     * for the text of every nested block instead makes a large CV's generation quadratic.
     */
    private record Expr(Consumer<Code> writer, int width, boolean multiline) {
      static Expr inline(String text, Consumer<Code> writer) {
        return new Expr(writer, text.length(), false);
      }
    }

    CodeBlock record(Record record) {
      Code code = new Code();
      recordExpr(record).writer().accept(code);
      return code.build();
    }

    /**
     * {@code value} as a Java expression of {@code type}. Generic calls get explicit type arguments
     * ({@code List.<Text>of(...)}): without them javac infers every nested call once per overload
     * of {@code List.of}, and a large CV takes minutes to compile.
     */
    private Expr of(Object value, Type type) {
      CodeBlock reference = references.get(value);
      if (reference != null) {
        // Short enough to keep its line; its width is not worth rendering the block for.
        return new Expr(code -> code.argument("$L", reference), 30, false);
      }
      if (value instanceof String string) {
        return string(string);
      }
      if (value instanceof Integer || value instanceof Boolean) {
        String text = value.toString();
        return Expr.inline(text, code -> code.text(text));
      }
      if (value instanceof Optional<?> optional) {
        Class<?> element = rawClass(typeArgument(type));
        return optional.isEmpty()
            ? call(witnessed(Optional.class, element, "empty"), List.of())
            : call(
                witnessed(Optional.class, element, "of"),
                List.of(of(optional.get(), typeArgument(type))));
      }
      if (value instanceof List<?> list) {
        Type elementType = typeArgument(type);
        Class<?> element = rawClass(elementType);
        List<Expr> items = new ArrayList<>(list.size());
        for (Object item : list) {
          items.add(of(item, elementType));
        }
        return call(witnessed(List.class, element, "of"), items);
      }
      if (value instanceof YearMonth month) {
        String arguments = month.getYear() + ", " + month.getMonthValue();
        return Expr.inline(
            "YearMonth.of(" + arguments + ")",
            code -> code.argument("$T", YearMonth.class).text(".of(" + arguments + ")"));
      }
      if (value instanceof LocalDate day) {
        String arguments = day.getYear() + ", " + day.getMonthValue() + ", " + day.getDayOfMonth();
        return Expr.inline(
            "LocalDate.of(" + arguments + ")",
            code -> code.argument("$T", LocalDate.class).text(".of(" + arguments + ")"));
      }
      if (value instanceof Text text
          && text.spans().size() == 1
          && text.spans().get(0) instanceof Span.Plain plain) {
        return call(
            Expr.inline("Text.plain", code -> code.argument("$T", Text.class).text(".plain")),
            List.of(string(plain.text())));
      }
      if (value instanceof Record record) {
        return recordExpr(record);
      }
      throw new IllegalArgumentException("no Java expression for " + value.getClass());
    }

    /** A record's canonical constructor call, whatever the record: the model's shape drives it. */
    private Expr recordExpr(Record record) {
      List<Expr> arguments = new ArrayList<>();
      for (Component component : components(record.getClass())) {
        try {
          arguments.add(of(component.accessor().invoke(record), component.type()));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
      ClassName type = ClassName.get(record.getClass());
      return call(
          Expr.inline(
              "new " + String.join(".", type.simpleNames()),
              code -> code.text("new ").argument("$T", type)),
          arguments);
    }

    private List<Component> components(Class<?> recordClass) {
      return components.computeIfAbsent(
          recordClass,
          type ->
              Arrays.stream(type.getRecordComponents())
                  .map(
                      component ->
                          new Component(component.getAccessor(), component.getGenericType()))
                  .toList());
    }

    private static Type typeArgument(Type type) {
      return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    private static Class<?> rawClass(Type type) {
      return type instanceof ParameterizedType parameterized
          ? (Class<?>) parameterized.getRawType()
          : (Class<?>) type;
    }

    private static String simpleName(Class<?> type) {
      return String.join(".", ClassName.get(type).simpleNames());
    }

    /**
     * {@code owner.<element>method}: generic calls carry their type argument, as javac's
     * inference of nested generic calls grows steeply with a large CV.
     */
    private static Expr witnessed(Class<?> owner, Class<?> element, String method) {
      return Expr.inline(
          owner.getSimpleName() + ".<" + simpleName(element) + ">" + method,
          code ->
              code.argument("$T", owner).text(".<").argument("$T", element).text(">" + method));
    }

    /** A call on one line when it fits, else one argument a line. */
    private static Expr call(Expr callee, List<Expr> arguments) {
      int width = callee.width() + 2 + 2 * Math.max(0, arguments.size() - 1);
      boolean multiline = false;
      for (Expr argument : arguments) {
        width += argument.width();
        multiline |= argument.multiline();
      }
      boolean oneLine = arguments.isEmpty() || (!multiline && width <= INLINE_WIDTH);
      String open = oneLine ? "(" : "(\n$>$>";
      String separator = oneLine ? ", " : ",\n";
      String close = oneLine ? ")" : "$<$<)";
      return new Expr(
          code -> {
            callee.writer().accept(code);
            code.format(open);
            for (int i = 0; i < arguments.size(); i++) {
              code.text(i == 0 ? "" : separator);
              arguments.get(i).writer().accept(code);
            }
            code.format(close);
          },
          width,
          !oneLine);
    }

    /**
     * A string literal, split at spaces into pieces joined by {@code +} when it is long. javac
     * folds them back into one constant, which is never longer than the annotation value it came
     * from, so it fits the class file as that value did.
     */
    private static Expr string(String text) {
      List<String> pieces = pieces(text);
      if (pieces.size() == 1) {
        return new Expr(code -> code.argument("$S", text), text.length() + 2, text.contains("\n"));
      }
      return new Expr(
          code -> {
            code.argument("$S", pieces.get(0)).format("$>$>");
            for (String piece : pieces.subList(1, pieces.size())) {
              code.text("\n+ ").argument("$S", piece);
            }
            code.format("$<$<");
          },
          text.length() + 2,
          true);
    }

    private static List<String> pieces(String text) {
      List<String> pieces = new ArrayList<>();
      int start = 0;
      while (text.length() - start > STRING_PIECE) {
        int space = text.indexOf(' ', start + STRING_PIECE);
        if (space < 0 || space + 1 >= text.length()) {
          break;
        }
        pieces.add(text.substring(start, space + 1));
        start = space + 1;
      }
      pieces.add(text.substring(start));
      return pieces;
    }
  }
}
