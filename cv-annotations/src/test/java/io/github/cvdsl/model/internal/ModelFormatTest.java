package io.github.cvdsl.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cvdsl.model.Cv;
import org.junit.jupiter.api.Test;

class ModelFormatTest {

  @Test
  void theConstantIdIsTheIdOfTheRecordsAsTheyAre() {
    String id = ModelFormat.id(ModelFormat.describe(Cv.class));
    assertEquals(
        id,
        ModelFormat.ID,
        () -> "The model records changed: set ModelFormat.ID to \"" + id + "\"");
  }
}
