package io.github.cvdsl.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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

  private static final Pattern QUALIFIER = Pattern.compile("\\b[a-z][a-z0-9_]*\\.");

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
    Set<String> taken = new LinkedHashSet<>(List.of("cv", "create"));
    Map<Object, String> methodNames = new IdentityHashMap<>();
    List<MethodSpec> methods = new ArrayList<>();
    for (int i = 0; i < cv.sections().size(); i++) {
      Section section = cv.sections().get(i);
      TypeElement sectionType = sectionTypes.get(i);
      String prefix = lowerCamel(sectionType.getSimpleName().toString());
      methodNames.put(section, unique(prefix + "Section", taken));
      List<TypeElement> entryTypes =
          ElementFilter.typesIn(sectionType.getEnclosedElements()).stream()
              .filter(Annotations::isEntry)
              .toList();
      for (int j = 0; j < section.entries().size(); j++) {
        String entryName = entryTypes.get(j).getSimpleName().toString();
        methodNames.put(section.entries().get(j), unique(prefix + entryName, taken));
      }
    }
    Expressions expressions = new Expressions(methodNames);
    for (Section section : cv.sections()) {
      methods.add(builder(methodNames.get(section), Section.class, expressions.record(section)));
      for (Entry entry : section.entries()) {
        methods.add(builder(methodNames.get(entry), entry.getClass(), expressions.record((Record) entry)));
      }
    }

    TypeSpec.Builder type =
        TypeSpec.classBuilder(model)
            .addOriginatingElement(cvType)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("The CV written in {@link $T}, built in plain Java.\n", ClassName.get(cvType))
            .addField(
                com.palantir.javapoet.FieldSpec.builder(
                        Cv.class, "CV", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
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
            .addMethods(methods);
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

  /** Java expressions that rebuild model values. */
  private static final class Expressions {
    private final Map<Object, String> methodNames;

    Expressions(Map<Object, String> methodNames) {
      this.methodNames = methodNames;
    }

    CodeBlock of(Object value) {
      String method = methodNames.get(value);
      if (method != null) {
        return CodeBlock.of("$N()", method);
      }
      if (value instanceof String string) {
        return string(string);
      }
      if (value instanceof Integer || value instanceof Boolean) {
        return CodeBlock.of("$L", value);
      }
      if (value instanceof Optional<?> optional) {
        return optional.isEmpty()
            ? CodeBlock.of("$T.empty()", Optional.class)
            : call(CodeBlock.of("$T.of", Optional.class), List.of(of(optional.get())));
      }
      if (value instanceof List<?> list) {
        return call(CodeBlock.of("$T.of", List.class), list.stream().map(this::of).toList());
      }
      if (value instanceof YearMonth month) {
        return CodeBlock.of("$T.of($L, $L)", YearMonth.class, month.getYear(), month.getMonthValue());
      }
      if (value instanceof LocalDate day) {
        return CodeBlock.of(
            "$T.of($L, $L, $L)",
            LocalDate.class,
            day.getYear(),
            day.getMonthValue(),
            day.getDayOfMonth());
      }
      if (value instanceof Text text
          && text.spans().size() == 1
          && text.spans().get(0) instanceof Span.Plain plain) {
        return call(CodeBlock.of("$T.plain", Text.class), List.of(string(plain.text())));
      }
      if (value instanceof Record record) {
        return record(record);
      }
      throw new IllegalArgumentException("no Java expression for " + value.getClass());
    }

    /** A record's canonical constructor call, whatever the record: the model's shape drives it. */
    CodeBlock record(Record record) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          arguments.add(of(component.getAccessor().invoke(record)));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
      return call(CodeBlock.of("new $T", ClassName.get(record.getClass())), arguments);
    }

    private static CodeBlock call(CodeBlock callee, List<CodeBlock> arguments) {
      CodeBlock inline = CodeBlock.of("$L($L)", callee, CodeBlock.join(arguments, ", "));
      boolean fits =
          arguments.stream().noneMatch(argument -> argument.toString().contains("\n"))
              && widthWithImports(inline) <= INLINE_WIDTH;
      if (fits || arguments.isEmpty()) {
        return inline;
      }
      return CodeBlock.of(
          "$L(\n$>$>$L$<$<)", callee, CodeBlock.join(arguments, ",\n"));
    }

    /** The width once imported types lose their package, as they will in the file. */
    private static int widthWithImports(CodeBlock code) {
      return QUALIFIER.matcher(code.toString()).replaceAll("").length();
    }

    /** A string literal, split at spaces into pieces joined by {@code +} when it is long. */
    private static CodeBlock string(String text) {
      List<String> pieces = pieces(text);
      if (pieces.size() == 1) {
        return CodeBlock.of("$S", text);
      }
      CodeBlock.Builder joined = CodeBlock.builder().add("$S", pieces.get(0)).add("$>$>");
      for (String piece : pieces.subList(1, pieces.size())) {
        joined.add("\n+ $S", piece);
      }
      return joined.add("$<$<").build();
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
