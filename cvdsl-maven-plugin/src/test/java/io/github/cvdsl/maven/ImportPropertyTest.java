package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Over generated valid resumes: the import compiles with no error and no warning, and the export
 * gives back every non-empty value at its path.
 */
class ImportPropertyTest {
  /** Each case compiles twice (the import's check and the round trip): kept to a few seconds. */
  private static final int EXAMPLES = 15;

  @Test
  void everyGeneratedResumeRoundTrips() {
    AtomicInteger cases = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .withFixedSeed(15L)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String json = RandomResumes.resume(seed);
              try {
                assertEquals(List.of(), RoundTrip.of(json).lostValues(json), json);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              cases.incrementAndGet();
            });
    assertEquals(EXAMPLES, cases.get());
  }
}
