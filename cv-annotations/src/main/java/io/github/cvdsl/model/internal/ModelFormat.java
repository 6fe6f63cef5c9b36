package io.github.cvdsl.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The model's shape, derived from the records themselves: every record, sealed interface and enum
 * reachable from a root type, with its components, permitted subtypes or constants, in the order
 * they are declared. Two builds whose model records differ in any component have different
 * descriptions, and so different {@linkplain #id ids}. The processor derives the same description
 * from the class path's records at compile time, through {@code javax.lang.model}, and compares.
 */
public final class ModelFormat {
  /**
   * The {@linkplain #id id} of these records' format, {@code id(describe(Cv.class))}, as a
   * compile-time constant: the processor reads the class path's from this one field, where
   * describing the class path's records costs javac every record. {@code ModelFormatTest} fails,
   * naming the new id, when the records change and this does not.
   */
  public static final String ID = "cvdsl-model-b935e40d";

  private static final String VERSION_RESOURCE = "cvdsl.properties";

  private ModelFormat() {}

  /**
   * Writes {@code cvdsl.properties}: the version, and the id of the model these classes make. The
   * build runs it on the compiled records, so that the processor can compare a class path's model
   * with its own by reading one small file, not every record.
   *
   * @param args the file to write, and the version
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    java.nio.file.Path file = java.nio.file.Path.of(args[0]);
    java.nio.file.Files.createDirectories(file.getParent());
    // Written by hand, not with Properties.store: no date, so the jar rebuilds byte for byte.
    java.nio.file.Files.writeString(
        file,
        "version=" + args[1] + "\nformat=" + id(describe(io.github.cvdsl.model.Cv.class)) + "\n",
        java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The description of the model reachable from {@code root}, one line per type.
   *
   * @param root the model's root record, e.g. {@code Cv.class}
   * @return the description
   */
  public static String describe(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    List<Class<?>> pending = new ArrayList<>(List.of(root));
    StringBuilder out = new StringBuilder();
    while (!pending.isEmpty()) {
      Class<?> type = pending.remove(0);
      if (!seen.add(type)) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      String kind;
      if (type.isRecord()) {
        kind = "record";
        for (RecordComponent component : ModelTypes.components(type)) {
          parts.add(typeName(component.getGenericType(), pending) + " " + component.getName());
        }
      } else if (type.isSealed()) {
        kind = "sealed";
        for (Class<?> permitted : ModelTypes.permitted(type)) {
          parts.add(permitted.getCanonicalName());
          pending.add(permitted);
        }
      } else {
        kind = "enum";
        for (Object constant : type.getEnumConstants()) {
          parts.add(((Enum<?>) constant).name());
        }
      }
      out.append(line(kind, type.getCanonicalName(), parts));
    }
    return out.toString();
  }

  /**
   * One line of a description: the same for {@link #describe} and the processor's reading of the
   * class path.
   *
   * @param kind {@code record}, {@code sealed} or {@code enum}
   * @param name the type's canonical name
   * @param parts its components ({@code type name}), permitted subtypes or constants, in order
   * @return the line, with its line break
   */
  public static String line(String kind, String name, List<String> parts) {
    return kind + " " + name + "(" + String.join(", ", parts) + ")\n";
  }

  /**
   * Whether the type named by its raw class is one whose shape belongs to the model (and is
   * described), rather than a value the codec writes as it is.
   *
   * @param type a component's raw type
   * @return whether it is a record, a sealed interface or an enum
   */
  public static boolean isModelType(Class<?> type) {
    return type.isRecord() || type.isSealed() || type.isEnum();
  }

  /**
   * A short name of a description, which the encoded form starts with.
   *
   * @param description what {@link #describe} returned
   * @return e.g. {@code cvdsl-model-0a1b2c3d}
   */
  public static String id(String description) {
    return String.format(Locale.ROOT, "cvdsl-model-%08x", description.hashCode());
  }

  /**
   * The cvdsl version these classes belong to.
   *
   * @return e.g. {@code 0.1.0}
   */
  public static String version() {
    return properties(ModelFormat.class.getResourceAsStream(VERSION_RESOURCE))
        .getProperty("version", "unknown");
  }

  /**
   * A {@code cvdsl.properties} of this package: {@code version} and {@code format}.
   *
   * @param in the file, or null when there is none
   * @return what it says; empty when there is none
   */
  public static Properties properties(InputStream in) {
    Properties properties = new Properties();
    if (in == null) {
      return properties;
    }
    try (in) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** The name of the {@code cvdsl.properties} resource, relative to this package. */
  public static String versionResource() {
    return VERSION_RESOURCE;
  }

  private static String typeName(Type type, List<Class<?>> pending) {
    if (type instanceof ParameterizedType p) {
      List<String> arguments = new ArrayList<>();
      for (Type argument : p.getActualTypeArguments()) {
        arguments.add(typeName(argument, pending));
      }
      return typeName(p.getRawType(), pending) + "<" + String.join(", ", arguments) + ">";
    }
    Class<?> c = ModelTypes.raw(type);
    if (isModelType(c)) {
      pending.add(c);
    }
    return c.isPrimitive() ? c.getName() : c.getCanonicalName();
  }
}
