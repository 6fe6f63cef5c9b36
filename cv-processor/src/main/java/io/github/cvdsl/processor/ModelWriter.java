package io.github.cvdsl.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.internal.ModelAccess;
import io.github.cvdsl.model.internal.ModelCodec;
import io.github.cvdsl.render.DateStyle;
import io.github.cvdsl.render.internal.DatesFormatter;
import io.github.cvdsl.render.internal.EntryParts;
import io.github.cvdsl.render.internal.Words;
import io.github.cvdsl.render.view.DatesView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Writes the model class of a CV. The CV itself is string constants in {@link ModelCodec}'s compact
 * form, decoded once when the class is initialised: the CV as constructor calls compiled several
 * times slower than the CV's own source, and string constants cost javac next to nothing. Around
 * them, what a reader looks for: a table of contents, and an accessor for every section and entry
 * type, named after it and nested as the types are ({@code KuraCvModel.experience().bbc()}). The
 * class calls only {@link ModelAccess}'s plain methods, and its accessors read arrays of the
 * decoded sections and entries: javac attributes an array read and a cast far faster than a chain
 * of generic {@code List} calls, and a CV of a thousand entries has a thousand accessors.
 */
final class ModelWriter {
  /**
   * The most characters in one string constant: a class file holds at most 65,535 bytes of modified
   * UTF-8 in one, and a character takes up to three.
   */
  static final int PIECE_LENGTH = 65_535 / 3;

  private static final String GENERATED = "javax.annotation.processing.Generated";

  /** Dates in an accessor's Javadoc: {@code Aug 2019 –}, whatever the CV's own language. */
  private static final DateStyle JAVADOC_DATES =
      new DateStyle("yyyy", "MMM yyyy", "d MMM yyyy", "", false, "yyyy");

  private final boolean generatedAvailable;
  private final DatesFormatter dates =
      new DatesFormatter(JAVADOC_DATES, Locale.ENGLISH, Words.english());

  ModelWriter(boolean generatedAvailable) {
    this.generatedAvailable = generatedAvailable;
  }

  static ClassName modelClassName(TypeElement cvType) {
    ClassName cv = ClassName.get(cvType);
    return ClassName.get(cv.packageName(), String.join("_", cv.simpleNames()) + "Model");
  }

  /** Whether the model class, written beside {@code cvType}, can use {@code @Generated}. */
  static boolean canAnnotateGenerated(javax.lang.model.util.Elements elements, TypeElement cvType) {
    return TypeLookup.visibleFrom(elements, cvType, GENERATED) != null;
  }

  /**
   * The model class of {@code cv}.
   *
   * @param sectionTypes the CV's section types, in the order of {@code cv.sections()}
   * @throws IllegalStateException if the types do not match the model: a bug, caught here rather
   *     than when a user's program starts
   */
  JavaFile write(TypeElement cvType, List<TypeElement> sectionTypes, Cv cv) {
    // No decode-and-compare here: the codec's tests cover every record component's round trip,
    // and a build should not pay for decoding every CV it compiles.
    List<String> pieces = ModelCodec.encode(cv, PIECE_LENGTH);
    if (sectionTypes.size() != cv.sections().size()) {
      throw new IllegalStateException(
          sectionTypes.size() + " section types for " + cv.sections().size() + " sections");
    }
    CodeBlock arguments =
        CodeBlock.join(
            pieces.stream().map(piece -> CodeBlock.of("$L", asciiLiteral(piece))).toList(), ",\n");
    ClassName model = modelClassName(cvType);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model)
            .addOriginatingElement(cvType)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(Cv.class, "CV", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.decode(\n$>$>$L$<$<)", ModelAccess.class, arguments)
                    .build())
            .addField(
                FieldSpec.builder(
                        Section[].class,
                        "SECTIONS",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("$T.sections(CV)", ModelAccess.class)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("cv")
                    .addJavadoc("The CV, immutable; every call returns the same instance.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(Cv.class)
                    .addStatement("return CV")
                    .build());
    if (cv.sections().stream().anyMatch(section -> !section.entries().isEmpty())) {
      // Only then: a field nothing reads is a warning in some compilers (ecj).
      type.addField(
          FieldSpec.builder(
                  Entry[][].class, "ENTRIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.entries(CV)", ModelAccess.class)
              .build());
    }
    StringBuilder contents = new StringBuilder();
    AccessorNames sectionNames = new AccessorNames(Set.of("cv"));
    Set<String> classNames = new HashSet<>(Set.of(model.simpleName()));
    for (int s = 0; s < sectionTypes.size(); s++) {
      TypeElement sectionType = sectionTypes.get(s);
      Section section = cv.sections().get(s);
      String accessor = sectionNames.next(sectionType.getSimpleName().toString());
      String className = AccessorNames.className(accessor);
      while (!classNames.add(className)) {
        className += "_";
      }
      ClassName sectionClass = model.nestedClass(className);
      contents
          .append("  <li>{@link #")
          .append(accessor)
          .append("()}: ")
          .append(javadocText(section.title()))
          .append("\n");
      type.addMethod(
          MethodSpec.methodBuilder(accessor)
              .addJavadoc(
                  "The section $L ($L), from {@link $L}.\n",
                  javadocText("\"" + section.title() + "\""),
                  entryCount(section),
                  sectionType.getQualifiedName())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(sectionClass)
              .addStatement("return $T.INSTANCE", sectionClass)
              .build());
      type.addType(sectionClass(sectionClass, s, sectionType, section, contents));
    }
    type.addJavadoc(
        "The CV written in {@link $T}: $L.\n\n<ul>\n$L</ul>\n",
        ClassName.get(cvType),
        javadocText(cv.name() + cv.label().map(label -> ", " + label).orElse("")),
        contents.toString());
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

  /** The class that {@code sectionClass}'s accessor returns: the section and its entries. */
  private TypeSpec sectionClass(
      ClassName sectionClass,
      int index,
      TypeElement sectionType,
      Section section,
      StringBuilder contents) {
    List<TypeElement> entryTypes = new ArrayList<>();
    for (TypeElement nested : ElementFilter.typesIn(sectionType.getEnclosedElements())) {
      if (Annotations.entries(nested).size() == 1) {
        entryTypes.add(nested);
      }
    }
    if (entryTypes.size() != section.entries().size()) {
      throw new IllegalStateException(
          entryTypes.size() + " entry types for " + section.entries().size() + " entries");
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(sectionClass)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "The section $L of the CV and its entries.\n",
                javadocText("\"" + section.title() + "\""))
            .addField(
                FieldSpec.builder(
                        sectionClass, "INSTANCE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T()", sectionClass)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("section")
                    .addJavadoc(
                        "The section $L itself, with every entry.\n",
                        javadocText("\"" + section.title() + "\""))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Section.class)
                    .addStatement("return SECTIONS[$L]", index)
                    .build());
    if (entryTypes.isEmpty()) {
      return type.build();
    }
    contents.append("    <ul>\n");
    AccessorNames entryNames = new AccessorNames(Set.of("section"));
    for (int e = 0; e < entryTypes.size(); e++) {
      Entry entry = section.entries().get(e);
      String accessor = entryNames.next(entryTypes.get(e).getSimpleName().toString());
      String summary = javadocText(summary(entry));
      contents
          .append("      <li>{@code ")
          .append(accessor)
          .append("()}: ")
          .append(summary)
          .append("\n");
      type.addMethod(
          MethodSpec.methodBuilder(accessor)
              // By its qualified name, not imported: a section in another package may hold entry
              // types that the model's package cannot import.
              .addJavadoc("$L, from {@link $L}.\n", summary, entryTypes.get(e).getQualifiedName())
              .addModifiers(Modifier.PUBLIC)
              .returns(entry.getClass())
              .addStatement("return ($T) ENTRIES[$L][$L]", entry.getClass(), index, e)
              .build());
    }
    contents.append("    </ul>\n");
    return type.build();
  }

  private static String entryCount(Section section) {
    int count = section.entries().size();
    return count == 1 ? "1 entry" : count + " entries";
  }

  /** What an entry is, in a line: {@code BBC — Engineer, Aug 2019 –}. */
  private String summary(Entry entry) {
    EntryParts parts = EntryParts.of(entry);
    StringBuilder line = new StringBuilder(parts.heading());
    parts.role().ifPresent(role -> line.append(" \u2014 ").append(role));
    dates
        .format(parts.dates())
        .map(DatesView::text)
        .ifPresent(text -> line.append(", ").append(text));
    return line.toString();
  }

  /**
   * {@code text} in a Javadoc comment, in printable ASCII as the rest of the class: HTML's special
   * characters, those that could end the comment, start a tag or a Unicode escape, and every
   * character outside printable ASCII as character references ({@code &mdash;} and {@code &ndash;}
   * by name), so that nothing in a CV can change the source around it.
   */
  static String javadocText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '*' -> out.append("&#42;");
        case '\\' -> out.append("&#92;");
        case '\u2014' -> out.append("&mdash;");
        case '\u2013' -> out.append("&ndash;");
        default -> {
          if (c >= ' ' && c <= '~') {
            out.append((char) c);
          } else {
            out.append("&#").append(c).append(';');
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * {@code text} as a Java string literal of printable ASCII only. JavaPoet's {@code $S} leaves
   * other characters as they are: the Filer's encoder turns a lone surrogate, or any character the
   * compilation's {@code -encoding} lacks, into {@code ?}, and JavaPoet breaks the line inside the
   * literal at U+2028 and U+2029. Line breaks, quotes and backslashes take their usual escapes,
   * because javac reads a Unicode escape for any of them as that character in the source.
   */
  static String asciiLiteral(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        default -> {
          if (c >= ' ' && c <= '~') {
            literal.append(c);
          } else {
            literal.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
              literal.append(Character.forDigit((c >> shift) & 0xF, 16));
            }
          }
        }
      }
    }
    return literal.append('"').toString();
  }
}
