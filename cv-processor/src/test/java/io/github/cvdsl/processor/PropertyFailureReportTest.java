package io.github.cvdsl.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What a failing property test tells its reader, as the README promises: the smallest failing
 * case found, and a seed that, given as {@code -DQT_SEED=N}, runs the same cases again.
 */
class PropertyFailureReportTest {

  private static final String SEED_PROPERTY = "QT_SEED";

  private static final Gen<String> MARKUP_TEXT =
      lists()
          .of(Generate.pick(List.of("a", "*", "`", " ")))
          .ofSizeBetween(0, 40)
          .map(pieces -> String.join("", pieces));

  /** A property that fails on purpose: some texts hold strong-emphasis delimiters. */
  private static String failureReport(QuickTheory theory) {
    return assertThrows(
            AssertionError.class,
            () -> theory.withExamples(1000).forAll(MARKUP_TEXT).check(t -> !t.contains("**")))
        .getMessage();
  }

  @Test
  void aFailureShowsTheSmallestCaseAndASeedThatFindsItAgain() {
    String report = failureReport(qt());

    Matcher smallest =
        Pattern.compile("Smallest found falsifying value\\(s\\) :-\\R(.*)\\R").matcher(report);
    assertTrue(smallest.find(), report);
    assertTrue(smallest.group(1).contains("**"), report);
    Matcher seed = Pattern.compile("Seed was (-?\\d+)").matcher(report);
    assertTrue(seed.find(), report);

    String previous = System.getProperty(SEED_PROPERTY);
    System.setProperty(SEED_PROPERTY, seed.group(1));
    try {
      assertEquals(report, failureReport(qt()));
    } finally {
      if (previous == null) {
        System.clearProperty(SEED_PROPERTY);
      } else {
        System.setProperty(SEED_PROPERTY, previous);
      }
    }
  }
}
