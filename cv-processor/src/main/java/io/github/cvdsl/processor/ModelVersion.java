package io.github.cvdsl.processor;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.internal.ModelAccess;
import io.github.cvdsl.model.internal.ModelFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * Whether the model records on the compilation's class path are the ones this processor writes for.
 * The processor's own records are described by reflection ({@link ModelFormat#describe}); the class
 * path's, the same way, through {@code javax.lang.model}, so that a model class is never generated
 * for records it would not decode into.
 */
final class ModelVersion {
  private static final String PACKAGE = ModelFormat.class.getPackageName();

  /** What differs, when something does. */
  record Mismatch(
      String processorVersion,
      String processorFormat,
      String classPathVersion,
      String classPathFormat,
      String firstDifference) {}

  private ModelVersion() {}

  /**
   * The difference between the processor's model and the one {@code cvType} compiles against, or
   * empty when they agree or there is no model at all (javac then reports the missing types
   * itself).
   */
  static Optional<Mismatch> check(Elements elements, Filer filer, TypeElement cvType) {
    TypeElement root = TypeLookup.visibleFrom(elements, cvType, Cv.class.getCanonicalName());
    if (root == null) {
      return Optional.empty();
    }
    if (ModelFormat.ID.equals(classPathId(elements, root))) {
      return withoutModelAccess(elements, filer, root); // the common case, read from one constant
    }
    String ours = ModelFormat.describe(Cv.class);
    String theirs = describe(root);
    if (ours.equals(theirs)) {
      return withoutModelAccess(elements, filer, root);
    }
    // Only now, when the build fails anyway: Gradle's incremental compilation does not let an
    // aggregating processor read the class path through the Filer.
    Properties classPath = classPathProperties(filer);
    return Optional.of(
        new Mismatch(
            ModelFormat.version(),
            ModelFormat.id(ours),
            classPath.getProperty("version", "unknown"),
            ModelFormat.id(theirs),
            firstDifference(ours, theirs)));
  }

  /**
   * A mismatch when the records agree but the class path's {@code cv-annotations} is older than
   * {@link ModelAccess}, which the model class calls: the records alone do not tell such a version
   * apart, and javac's "cannot find symbol" in generated code would not say what to do.
   */
  private static Optional<Mismatch> withoutModelAccess(
      Elements elements, Filer filer, TypeElement root) {
    if (TypeLookup.visibleFrom(elements, root, ModelAccess.class.getCanonicalName()) != null) {
      return Optional.empty();
    }
    return Optional.of(
        new Mismatch(
            ModelFormat.version(),
            ModelFormat.ID,
            classPathProperties(filer).getProperty("version", "unknown"),
            ModelFormat.ID,
            "it has no " + ModelAccess.class.getCanonicalName() + ", which the model class calls"));
  }

  /**
   * The value of {@link ModelFormat#ID} in the class path's {@code cv-annotations}, or null where
   * it has none (a version from before the constant).
   */
  private static Object classPathId(Elements elements, TypeElement root) {
    TypeElement format =
        TypeLookup.visibleFrom(elements, root, ModelFormat.class.getCanonicalName());
    if (format == null) {
      return null;
    }
    for (Element member : format.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals("ID")) {
        return ((VariableElement) member).getConstantValue();
      }
    }
    return null;
  }

  /** What {@link ModelFormat#describe} says of the records that {@code root} reaches. */
  static String describe(TypeElement root) {
    Set<TypeElement> seen = new HashSet<>();
    Deque<TypeElement> pending = new ArrayDeque<>(List.of(root));
    StringBuilder out = new StringBuilder();
    while (!pending.isEmpty()) {
      TypeElement type = pending.removeFirst();
      if (!seen.add(type)) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      String kind;
      if (type.getKind() == ElementKind.RECORD) {
        kind = "record";
        for (RecordComponentElement component : type.getRecordComponents()) {
          parts.add(typeName(component.asType(), pending) + " " + component.getSimpleName());
        }
      } else if (type.getModifiers().contains(Modifier.SEALED)) {
        kind = "sealed";
        for (TypeMirror permitted : type.getPermittedSubclasses()) {
          TypeElement subtype = (TypeElement) ((DeclaredType) permitted).asElement();
          parts.add(subtype.getQualifiedName().toString());
          pending.addLast(subtype);
        }
      } else {
        kind = "enum";
        for (Element constant : type.getEnclosedElements()) {
          if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
            parts.add(constant.getSimpleName().toString());
          }
        }
      }
      out.append(ModelFormat.line(kind, type.getQualifiedName().toString(), parts));
    }
    return out.toString();
  }

  private static String typeName(TypeMirror type, Deque<TypeElement> pending) {
    if (type.getKind().isPrimitive()) {
      return type.toString();
    }
    if (!(type instanceof DeclaredType declared)) {
      return type.toString();
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getKind() == ElementKind.RECORD
        || element.getKind() == ElementKind.ENUM
        || element.getModifiers().contains(Modifier.SEALED)) {
      pending.addLast(element);
    }
    String name = element.getQualifiedName().toString();
    if (declared.getTypeArguments().isEmpty()) {
      return name;
    }
    List<String> arguments = new ArrayList<>();
    for (TypeMirror argument : declared.getTypeArguments()) {
      arguments.add(typeName(argument, pending));
    }
    return name + "<" + String.join(", ", arguments) + ">";
  }

  private static Properties classPathProperties(Filer filer) {
    try {
      InputStream in =
          filer
              .getResource(StandardLocation.CLASS_PATH, PACKAGE, ModelFormat.versionResource())
              .openInputStream();
      return ModelFormat.properties(in);
    } catch (IOException | RuntimeException e) {
      // An older cv-annotations has no such file; some compilers cannot read the class path.
      return new Properties();
    }
  }

  private static String firstDifference(String ours, String theirs) {
    List<String> theirLines = theirs.lines().toList();
    List<String> ourLines = ours.lines().toList();
    for (int i = 0; i < theirLines.size(); i++) {
      if (i >= ourLines.size() || !ourLines.get(i).equals(theirLines.get(i))) {
        return theirLines.get(i);
      }
    }
    return "it lacks " + ourLines.get(theirLines.size());
  }
}
