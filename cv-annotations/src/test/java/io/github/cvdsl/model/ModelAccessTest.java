package io.github.cvdsl.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.github.cvdsl.model.internal.ModelAccess;
import org.junit.jupiter.api.Test;

class ModelAccessTest {
  private final Cv cv = ModelCodecTest.everyKind();

  @Test
  void sectionsAreTheCvsSectionsInOrder() {
    assertArrayEquals(cv.sections().toArray(), ModelAccess.sections(cv));
  }

  @Test
  void entriesHoldEachSectionsEntriesInOrderEmptySectionsIncluded() {
    Entry[][] entries = ModelAccess.entries(cv);
    assertEquals(cv.sections().size(), entries.length);
    for (int s = 0; s < entries.length; s++) {
      assertArrayEquals(cv.sections().get(s).entries().toArray(), entries[s], "section " + s);
    }
    assertEquals(0, entries[entries.length - 1].length, "the fixture ends with an empty section");
  }

  @Test
  void everyCallReturnsNewArraysSoNoCallerCanChangeAnothersView() {
    Entry[][] first = ModelAccess.entries(cv);
    first[0][0] = null;
    assertEquals(cv.sections().get(0).entries().get(0), ModelAccess.entries(cv)[0][0]);
    assertNotSame(ModelAccess.sections(cv), ModelAccess.sections(cv));
  }
}
