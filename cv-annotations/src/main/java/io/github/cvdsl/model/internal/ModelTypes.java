package io.github.cvdsl.model.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** How the model's component types are told apart: one place for the encoder and the decoder. */
final class ModelTypes {
  private ModelTypes() {}

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("no encoding for " + type.getTypeName());
  }

  static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException("a raw " + type.getTypeName() + " has no element type");
  }

  /**
   * The subtype of sealed {@code type} that {@code value} belongs to, by its position among the
   * permitted subtypes.
   */
  static int permittedIndex(Class<?> type, Object value) {
    Class<?>[] permitted = type.getPermittedSubclasses();
    for (int i = 0; i < permitted.length; i++) {
      if (permitted[i].isInstance(value)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "no encoding for " + value.getClass().getName() + " as " + type.getName());
  }
}
