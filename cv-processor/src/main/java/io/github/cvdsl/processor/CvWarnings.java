package io.github.cvdsl.processor;

import io.github.cvdsl.model.Award;
import io.github.cvdsl.model.Certificate;
import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Education;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Interest;
import io.github.cvdsl.model.Item;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Language;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Publication;
import io.github.cvdsl.model.Reference;
import io.github.cvdsl.model.Skill;
import io.github.cvdsl.model.Volunteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Warns about what is legal but suspicious: an entry written twice, and two jobs (or two
 * volunteering roles, or two studies) at the same time.
 */
final class CvWarnings {
  private final Reporter reporter;

  CvWarnings(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(List<CvReader.ReadEntry> entries) {
    Map<List<Object>, CvReader.ReadEntry> seen = new HashMap<>();
    for (CvReader.ReadEntry entry : entries) {
      CvReader.ReadEntry first = seen.putIfAbsent(identity(entry.entry()), entry);
      if (first != null) {
        reporter.warning(
            Site.of(entry.element(), entry.mirror()),
            Message.DUPLICATE,
            entry.element().getSimpleName(),
            first.element().getSimpleName());
      }
    }
    warnAboutOverlaps(entries);
  }

  /**
   * Sweeps each kind's ranges in order of start, keeping the one that reaches furthest: an entry
   * that starts before it ends overlaps it.
   */
  private void warnAboutOverlaps(List<CvReader.ReadEntry> entries) {
    Map<Class<?>, List<CvReader.ReadEntry>> byKind = new LinkedHashMap<>();
    for (CvReader.ReadEntry entry : entries) {
      if (overlapDates(entry.entry()).isPresent()) {
        byKind.computeIfAbsent(entry.entry().getClass(), kind -> new ArrayList<>()).add(entry);
      }
    }
    for (List<CvReader.ReadEntry> kind : byKind.values()) {
      List<CvReader.ReadEntry> byStart = new ArrayList<>(kind);
      byStart.sort(Comparator.comparing(entry -> start(datesOf(entry))));
      CvReader.ReadEntry furthest = null;
      for (CvReader.ReadEntry entry : byStart) {
        if (furthest != null && start(datesOf(entry)).isBefore(end(datesOf(furthest)))) {
          reporter.warning(
              Site.of(entry.element(), entry.mirror()),
              Message.OVERLAP,
              entry.element().getSimpleName(),
              describe(datesOf(entry)),
              furthest.element().getSimpleName(),
              describe(datesOf(furthest)));
        }
        if (furthest == null || end(datesOf(entry)).isAfter(end(datesOf(furthest)))) {
          furthest = entry;
        }
      }
    }
  }

  private static Dates datesOf(CvReader.ReadEntry entry) {
    return overlapDates(entry.entry()).orElseThrow();
  }

  /** The dates of the kinds where two at once is unusual, when they are a range. */
  private static Optional<Dates> overlapDates(Entry entry) {
    Dates dates;
    if (entry instanceof Job job) {
      dates = job.dates();
    } else if (entry instanceof Volunteer volunteer) {
      dates = volunteer.dates();
    } else if (entry instanceof Education education) {
      dates = education.dates();
    } else {
      return Optional.empty();
    }
    return dates instanceof Dates.Range || dates instanceof Dates.Ongoing
        ? Optional.of(dates)
        : Optional.empty();
  }

  private static LocalDate start(Dates dates) {
    return dates instanceof Dates.Range range
        ? range.start().firstDay()
        : ((Dates.Ongoing) dates).start().firstDay();
  }

  /** A range may end in the month the next one starts: that is a move, not an overlap. */
  private static LocalDate end(Dates dates) {
    return dates instanceof Dates.Range range ? range.end().firstDay() : LocalDate.MAX;
  }

  private static String describe(Dates dates) {
    if (dates instanceof Dates.Range range) {
      return range.start().iso() + " to " + range.end().iso();
    }
    return ((Dates.Ongoing) dates).start().iso() + " to present";
  }

  /** What makes two entries of a kind the same entry written twice. */
  private static List<Object> identity(Entry entry) {
    if (entry instanceof Job e) {
      return List.of(Job.class, e.organisation(), e.position(), e.dates());
    } else if (entry instanceof Volunteer e) {
      return List.of(Volunteer.class, e.organisation(), e.position(), e.dates());
    } else if (entry instanceof Education e) {
      return List.of(Education.class, e.institution(), e.area(), e.studyType(), e.dates());
    } else if (entry instanceof Award e) {
      return List.of(Award.class, e.title(), e.date().map(CvDate::iso));
    } else if (entry instanceof Certificate e) {
      return List.of(Certificate.class, e.name(), e.date().map(CvDate::iso));
    } else if (entry instanceof Publication e) {
      return List.of(Publication.class, e.name());
    } else if (entry instanceof Skill e) {
      return List.of(Skill.class, e.name());
    } else if (entry instanceof Language e) {
      return List.of(Language.class, e.language());
    } else if (entry instanceof Interest e) {
      return List.of(Interest.class, e.name());
    } else if (entry instanceof Reference e) {
      return List.of(Reference.class, e.name());
    } else if (entry instanceof Project e) {
      return List.of(Project.class, e.name());
    } else if (entry instanceof Item e) {
      return List.of(Item.class, e.title(), e.subtitle(), e.dates());
    }
    throw new IllegalArgumentException("unknown entry " + entry.getClass());
  }
}
