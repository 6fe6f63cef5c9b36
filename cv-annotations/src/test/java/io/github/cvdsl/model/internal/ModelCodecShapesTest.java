package io.github.cvdsl.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The codec carries any record built from the component types it knows, with no code of its own for
 * the record: a component added to a model record, such as a map of words, needs nothing here.
 */
class ModelCodecShapesTest {
  enum Tone {
    PLAIN,
    LOUD
  }

  sealed interface Shape permits Dot, Box {}

  record Dot(int x) implements Shape {}

  record Box(List<Shape> inside, boolean open) implements Shape {}

  record Sample(
      Map<String, String> words,
      Optional<List<String>> maybeList,
      List<Optional<String>> listOfMaybes,
      Map<String, List<Integer>> numbers,
      Optional<Shape> shape,
      Tone tone,
      YearMonth month,
      LocalDate day) {}

  /** Version 2 of {@link Sample}: one component more. */
  record Sample2(Map<String, String> words, String added) {}

  /** Version 1 of {@link Sample2}. */
  record Sample1(Map<String, String> words) {}

  private static Sample sample(Map<String, String> words) {
    return new Sample(
        words,
        Optional.of(List.of("a", "", "12:3,")),
        List.of(Optional.empty(), Optional.of("x")),
        Map.of("odd", List.of(1, 3, -5), "none", List.of()),
        Optional.of(new Box(List.of(new Dot(1), new Box(List.of(), true)), false)),
        Tone.LOUD,
        YearMonth.of(-44, 3),
        LocalDate.of(2024, 2, 29));
  }

  @Test
  void everyComponentTypeRoundTrips() {
    Sample sample = sample(Map.of("present", "now", "circa", "c.", "", "empty key"));
    assertEquals(
        sample,
        ModelCodec.decode(Sample.class, ModelCodec.encode(sample, 3).toArray(String[]::new)));
  }

  @Test
  void aMapIsWrittenTheSameWhateverItsIterationOrder() {
    Map<String, String> ascending = new LinkedHashMap<>();
    Map<String, String> descending = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      ascending.put("k" + i, "v" + i);
    }
    for (int i = 49; i >= 0; i--) {
      descending.put("k" + i, "v" + i);
    }
    assertEquals(
        ModelCodec.encode(sample(ascending), 1000), ModelCodec.encode(sample(descending), 1000));
    assertEquals(
        ModelCodec.encode(sample(ascending), 1000),
        ModelCodec.encode(sample(new HashMap<>(descending)), 1000));
  }

  @Test
  void aComponentAddedChangesTheFormatAndOldDataIsRefused() {
    String v1 = ModelFormat.describe(Sample1.class);
    String v2 = ModelFormat.describe(Sample2.class);
    assertEquals(
        "record io.github.cvdsl.model.internal.ModelCodecShapesTest.Sample2("
            + "java.util.Map<java.lang.String, java.lang.String> words, java.lang.String added)\n",
        v2);
    assertNotEquals(ModelFormat.id(v1.replace("Sample1", "Sample2")), ModelFormat.id(v2));
    String[] written = ModelCodec.encode(new Sample1(Map.of("a", "b")), 100).toArray(String[]::new);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ModelCodec.decode(Sample2.class, written));
    assertEquals(true, e.getMessage().contains("compile the CV again"), e.getMessage());
  }

  @Test
  void theDescriptionFollowsSealedSubtypesAndEnums() {
    assertEquals(
        """
        record io.github.cvdsl.model.internal.ModelCodecShapesTest.Box(\
        java.util.List<io.github.cvdsl.model.internal.ModelCodecShapesTest.Shape> inside, \
        boolean open)
        sealed io.github.cvdsl.model.internal.ModelCodecShapesTest.Shape(\
        io.github.cvdsl.model.internal.ModelCodecShapesTest.Dot, \
        io.github.cvdsl.model.internal.ModelCodecShapesTest.Box)
        record io.github.cvdsl.model.internal.ModelCodecShapesTest.Dot(int x)
        """,
        ModelFormat.describe(Box.class));
    assertEquals(
        true,
        ModelFormat.describe(Sample.class)
            .contains(
                "enum io.github.cvdsl.model.internal.ModelCodecShapesTest.Tone(PLAIN, LOUD)\n"));
  }

  @Test
  void aTypeWithoutAnEncodingIsRefusedWhenWritten() {
    record Odd(StringBuilder text) {}
    assertThrows(
        IllegalArgumentException.class, () -> ModelCodec.encode(new Odd(new StringBuilder()), 10));
  }
}
