package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

/** When an entry happened: not said, one date, a closed range, or a range still open. */
public sealed interface Dates {

  /** No dates were written. */
  record None() implements Dates {}

  /** One date, e.g. "circa 2004" or the date of an award. */
  record Single(CvDate date) implements Dates {
    public Single {
      requireNonNull(date, "date");
    }
  }

  /** A closed range, e.g. "'12 – '14". The processor checked that end is not before start. */
  record Range(CvDate start, CvDate end) implements Dates {
    public Range {
      requireNonNull(start, "start");
      requireNonNull(end, "end");
    }
  }

  /** A range that is still open ("present"), e.g. "Aug. '19 –". */
  record Ongoing(CvDate start) implements Dates {
    public Ongoing {
      requireNonNull(start, "start");
    }
  }
}
