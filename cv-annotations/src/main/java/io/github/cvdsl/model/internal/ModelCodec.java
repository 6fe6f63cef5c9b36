package io.github.cvdsl.model.internal;

import io.github.cvdsl.model.Cv;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A model as compact text, and back. A generated model class holds its CV as string constants,
 * which cost javac next to nothing, and calls {@link #decode} once, when it is initialised.
 *
 * <p>Nothing in the format is written per record: both directions walk the record components, in
 * the order each record declares them, by their types. A record is its components; a sealed
 * interface the position of the subtype among its permitted subtypes and that subtype's value; an
 * enum its ordinal; a string its length, {@code :} and its characters; a number its decimal digits
 * and {@code ,}; a boolean {@code t} or {@code f}; an optional {@code -}, or {@code +} and the
 * value; a list its size and items; a map its size and its entries, by ascending key, so that the
 * text does not depend on a map's iteration order; a {@code YearMonth} or {@code LocalDate} its
 * numbers. The text starts with the {@linkplain ModelFormat#id id} of the model's {@linkplain
 * ModelFormat#describe description}, so data written for other records is refused, not misread.
 */
public final class ModelCodec {
  /** What the text of a root type starts with; describing the records takes a walk over them. */
  private static final ClassValue<String> HEADERS =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> root) {
          return ModelFormat.id(ModelFormat.describe(root)) + ";";
        }
      };

  private ModelCodec() {}

  private static String header(Class<?> root) {
    // The CV's id is a constant (ModelFormatTest keeps it equal to the derived one): describing
    // the records by reflection and formatting the id would cost every cold start.
    return root == Cv.class ? ModelFormat.ID + ";" : HEADERS.get(root);
  }

  /**
   * {@code value} as text that {@link #decode} reads back, split into pieces that each fit a class
   * file's string constant, a surrogate pair never split between two.
   *
   * @param value the model, e.g. a {@code Cv}
   * @param maxPieceLength the most characters in one piece; at least 2
   * @return the pieces, in order
   */
  public static List<String> encode(Record value, int maxPieceLength) {
    if (maxPieceLength < 2) {
      throw new IllegalArgumentException("a piece must hold a surrogate pair: " + maxPieceLength);
    }
    Encoder encoder = new Encoder();
    encoder.out.append(header(value.getClass()));
    encoder.write(value.getClass(), value);
    String all = encoder.out.toString();
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < all.length()) {
      int end = Math.min(start + maxPieceLength, all.length());
      if (end < all.length() && Character.isHighSurrogate(all.charAt(end - 1))) {
        end--;
      }
      pieces.add(all.substring(start, end));
      start = end;
    }
    return pieces;
  }

  /**
   * The model that {@link #encode} wrote.
   *
   * @param type the model's root record
   * @param pieces the pieces {@code encode} returned, in order
   * @param <T> the root record
   * @return the model
   * @throws IllegalStateException if the pieces were not written for these records
   */
  public static <T extends Record> T decode(Class<T> type, String... pieces) {
    String text = String.join("", pieces);
    String header = header(type);
    if (!text.startsWith(header)) {
      throw new IllegalStateException(
          "this CV model was compiled by another version of cvdsl: compile the CV again with "
              + "the cvdsl processor of the same version as the cv-annotations on the class path");
    }
    Decoder decoder = new Decoder(text, header.length());
    T value;
    try {
      value = type.cast(decoder.read(type));
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      throw new IllegalStateException("CV model data is damaged at " + decoder.position, e);
    }
    if (decoder.position != text.length()) {
      throw new IllegalStateException(
          "CV model data ends at " + decoder.position + " of " + text.length());
    }
    return value;
  }

  private static final class Encoder {
    final StringBuilder out = new StringBuilder();

    void write(Type type, Object value) {
      Class<?> raw = ModelTypes.raw(type);
      if (raw == String.class) {
        String string = (String) value;
        out.append(string.length()).append(':').append(string);
      } else if (raw == int.class || raw == Integer.class) {
        number((Integer) value);
      } else if (raw == boolean.class || raw == Boolean.class) {
        out.append((Boolean) value ? 't' : 'f');
      } else if (raw == Optional.class) {
        Optional<?> optional = (Optional<?>) value;
        out.append(optional.isPresent() ? '+' : '-');
        optional.ifPresent(present -> write(ModelTypes.argument(type, 0), present));
      } else if (raw == List.class) {
        List<?> list = (List<?>) value;
        number(list.size());
        list.forEach(item -> write(ModelTypes.argument(type, 0), item));
      } else if (raw == Map.class) {
        map(type, (Map<?, ?>) value);
      } else if (raw == YearMonth.class) {
        YearMonth month = (YearMonth) value;
        number(month.getYear());
        number(month.getMonthValue());
      } else if (raw == LocalDate.class) {
        LocalDate day = (LocalDate) value;
        number(day.getYear());
        number(day.getMonthValue());
        number(day.getDayOfMonth());
      } else if (raw.isEnum()) {
        number(((Enum<?>) value).ordinal());
      } else if (raw.isSealed()) {
        int index = ModelTypes.permittedIndex(raw, value);
        number(index);
        write(ModelTypes.permitted(raw)[index], value);
      } else if (raw.isRecord()) {
        RecordComponent[] components = ModelTypes.components(raw);
        Type[] types = ModelTypes.componentTypes(raw);
        for (int i = 0; i < components.length; i++) {
          write(types[i], component(components[i], value));
        }
      } else {
        throw new IllegalArgumentException("no encoding for " + type.getTypeName());
      }
    }

    private void map(Type type, Map<?, ?> map) {
      // Entries by their keys' encodings: one order on every JVM, whatever the map's own.
      Map<String, Object> byKey = new TreeMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Encoder key = new Encoder();
        key.write(ModelTypes.argument(type, 0), entry.getKey());
        byKey.put(key.out.toString(), entry.getValue());
      }
      number(byKey.size());
      byKey.forEach(
          (key, value) -> {
            out.append(key);
            write(ModelTypes.argument(type, 1), value);
          });
    }

    private void number(int value) {
      out.append(value).append(',');
    }

    private static Object component(RecordComponent component, Object record) {
      try {
        return component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
    }
  }

  /**
   * Reads what {@link Encoder} wrote. It runs when a user's program starts, so it uses no lambdas:
   * bootstrapping the first ones costs a cold JVM tens of milliseconds.
   */
  private static final class Decoder {
    private final String in;
    int position;

    Decoder(String in, int position) {
      this.in = in;
      this.position = position;
    }

    Object read(Type type) {
      Class<?> raw = ModelTypes.raw(type);
      if (raw == String.class) {
        int length = number(':');
        String value = in.substring(position, position + length);
        position += length;
        return value;
      } else if (raw == int.class || raw == Integer.class) {
        return number(',');
      } else if (raw == boolean.class || raw == Boolean.class) {
        char tag = tag();
        if (tag != 't' && tag != 'f') {
          throw unexpected("t or f", tag);
        }
        return tag == 't';
      } else if (raw == Optional.class) {
        char tag = tag();
        if (tag == '-') {
          return Optional.empty();
        }
        if (tag != '+') {
          throw unexpected("+ or -", tag);
        }
        return Optional.of(read(ModelTypes.argument(type, 0)));
      } else if (raw == List.class) {
        int size = number(',');
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(read(ModelTypes.argument(type, 0)));
        }
        return list;
      } else if (raw == Map.class) {
        int size = number(',');
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(read(ModelTypes.argument(type, 0)), read(ModelTypes.argument(type, 1)));
        }
        return map;
      } else if (raw == YearMonth.class) {
        return YearMonth.of(number(','), number(','));
      } else if (raw == LocalDate.class) {
        return LocalDate.of(number(','), number(','), number(','));
      } else if (raw.isEnum()) {
        return raw.getEnumConstants()[number(',')];
      } else if (raw.isSealed()) {
        Class<?>[] permitted = ModelTypes.permitted(raw);
        int index = number(',');
        if (index >= permitted.length) {
          throw new IllegalStateException(
              "CV model data: no subtype " + index + " of " + raw.getName() + " at " + position);
        }
        return read(permitted[index]);
      } else if (raw.isRecord()) {
        return record(raw);
      }
      throw new IllegalArgumentException("no encoding for " + type.getTypeName());
    }

    private Object record(Class<?> type) {
      Type[] types = ModelTypes.componentTypes(type);
      Object[] values = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        values[i] = read(types[i]);
      }
      try {
        return ModelTypes.constructor(type).newInstance(values);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("CV model data: cannot make a " + type.getName(), e);
      }
    }

    private int number(char end) {
      int stop = in.indexOf(end, position);
      int value = Integer.parseInt(in, position, stop, 10);
      position = stop + 1;
      return value;
    }

    private char tag() {
      return in.charAt(position++);
    }

    private IllegalStateException unexpected(String expected, char found) {
      return new IllegalStateException(
          "CV model data: expected "
              + expected
              + " at "
              + (position - 1)
              + ", found '"
              + found
              + "'");
    }
  }
}
