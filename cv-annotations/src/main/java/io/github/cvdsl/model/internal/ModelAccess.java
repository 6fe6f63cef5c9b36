package io.github.cvdsl.model.internal;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Section;

/**
 * What a generated model class calls: its CV decoded, and the CV's sections and entries as arrays,
 * which its accessors read by position. Every method is plain, not generic: javac resolves such a
 * call without inference, and an array read and a cast cost it far less to compile than a chain of
 * generic {@code List} calls, in a class with an accessor for every entry of the CV.
 */
public final class ModelAccess {
  private ModelAccess() {}

  /**
   * The CV that {@link ModelCodec#encode} wrote.
   *
   * @param pieces the pieces {@code encode} returned, in order
   * @return the CV
   * @throws IllegalStateException if the pieces were not written for these records
   */
  public static Cv decode(String... pieces) {
    return ModelCodec.decode(Cv.class, pieces);
  }

  /**
   * The CV's sections, in order.
   *
   * @param cv the CV
   * @return a new array of {@code cv.sections()}
   */
  public static Section[] sections(Cv cv) {
    return cv.sections().toArray(new Section[0]);
  }

  /**
   * Each section's entries, by section and then entry, in order.
   *
   * @param cv the CV
   * @return a new array whose element {@code s} holds the entries of section {@code s}
   */
  public static Entry[][] entries(Cv cv) {
    // Loops, not streams: this runs when a program first touches its CV, where a lambda's first
    // use costs more than the whole model.
    Entry[][] entries = new Entry[cv.sections().size()][];
    for (int s = 0; s < entries.length; s++) {
      entries[s] = cv.sections().get(s).entries().toArray(new Entry[0]);
    }
    return entries;
  }
}
