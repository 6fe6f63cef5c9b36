package io.github.cvdsl.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.ModelCodec;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the model class of a CV: the CV in {@link ModelCodec}'s compact form, decoded once when
 * the class is initialised. The CV as constructor calls compiled several times slower than the CV's
 * own source; string constants cost javac next to nothing.
 */
final class ModelWriter {
  /**
   * The most characters in one string constant: a class file holds at most 65,535 bytes of modified
   * UTF-8 in one, and a character takes up to three.
   */
  static final int PIECE_LENGTH = 65_535 / 3;

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

  /**
   * The model class of {@code cv}.
   *
   * @throws IllegalStateException if the encoded CV does not decode to {@code cv}: a bug in the
   *     codec, caught here rather than when a user's program starts
   */
  JavaFile write(TypeElement cvType, Cv cv) {
    List<String> pieces = ModelCodec.encode(cv, PIECE_LENGTH);
    if (!ModelCodec.decode(pieces.toArray(String[]::new)).equals(cv)) {
      throw new IllegalStateException("the encoded CV does not decode to the CV that was read");
    }
    CodeBlock arguments =
        CodeBlock.join(
            pieces.stream().map(piece -> CodeBlock.of("$L", asciiLiteral(piece))).toList(), ",\n");
    ClassName model = modelClassName(cvType);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model)
            .addOriginatingElement(cvType)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("The CV written in {@link $T}.\n", ClassName.get(cvType))
            .addField(
                FieldSpec.builder(Cv.class, "CV", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.decode(\n$>$>$L$<$<)", ModelCodec.class, arguments)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("cv")
                    .addJavadoc("The CV, immutable; every call returns the same instance.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(Cv.class)
                    .addStatement("return CV")
                    .build());
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
