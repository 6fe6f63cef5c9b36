package io.github.cvdsl.model.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * How the model's component types are told apart, and what reflection finds on a model class, found
 * once per class: reflection repeats its work on every call, and a CV calls it for every value. One
 * place for the encoder, the decoder and the description.
 */
final class ModelTypes {
  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          return type.getRecordComponents();
        }
      };

  private static final ClassValue<Type[]> COMPONENT_TYPES =
      new ClassValue<>() {
        @Override
        protected Type[] computeValue(Class<?> type) {
          RecordComponent[] components = components(type);
          Type[] types = new Type[components.length];
          for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getGenericType();
          }
          return types;
        }
      };

  private static final ClassValue<Class<?>[]> PERMITTED =
      new ClassValue<>() {
        @Override
        protected Class<?>[] computeValue(Class<?> type) {
          return type.getPermittedSubclasses();
        }
      };

  private static final ClassValue<Constructor<?>> CONSTRUCTORS =
      new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
          RecordComponent[] components = components(type);
          Class<?>[] parameters = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
          }
          try {
            return type.getDeclaredConstructor(parameters);
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record without its canonical constructor: " + type);
          }
        }
      };

  private ModelTypes() {}

  /** The components of record {@code type}, in order; the array is shared, never change it. */
  static RecordComponent[] components(Class<?> type) {
    return COMPONENTS.get(type);
  }

  /** The generic types of the components of record {@code type}, in order; shared. */
  static Type[] componentTypes(Class<?> type) {
    return COMPONENT_TYPES.get(type);
  }

  /** The permitted subtypes of sealed {@code type}, in order; shared. */
  static Class<?>[] permitted(Class<?> type) {
    return PERMITTED.get(type);
  }

  /** The canonical constructor of record {@code type}. */
  static Constructor<?> constructor(Class<?> type) {
    return CONSTRUCTORS.get(type);
  }

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
    Class<?>[] permitted = permitted(type);
    for (int i = 0; i < permitted.length; i++) {
      if (permitted[i].isInstance(value)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "no encoding for " + value.getClass().getName() + " as " + type.getName());
  }
}
