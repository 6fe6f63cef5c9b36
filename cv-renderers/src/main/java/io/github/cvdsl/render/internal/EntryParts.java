package io.github.cvdsl.render.internal;

import io.github.cvdsl.model.Award;
import io.github.cvdsl.model.Certificate;
import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Education;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Interest;
import io.github.cvdsl.model.Item;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Language;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Publication;
import io.github.cvdsl.model.Reference;
import io.github.cvdsl.model.Skill;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.model.Volunteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The generic parts every entry kind has, so that {@code entry.mustache} fits a kind that has no
 * template of its own: a heading (e.g. the employer), a role (e.g. the position), dates, small
 * facts, prose, keywords and bullets. Blank strings count as absent.
 *
 * @param heading e.g. {@code "BBC"}
 * @param url where the heading links to
 * @param role e.g. {@code "Engineer"}
 * @param dates when
 * @param facts short facts such as a location, in order
 * @param summary paragraphs
 * @param keywords keywords or courses, in order
 * @param highlights bullets, in groups
 */
public record EntryParts(
    String heading,
    Optional<Url> url,
    Optional<String> role,
    Dates dates,
    List<String> facts,
    List<Text> summary,
    List<String> keywords,
    List<HighlightGroup> highlights) {

  private static final Dates NONE = new Dates.None();

  /**
   * The parts of {@code entry}.
   *
   * @param entry an entry of any kind
   * @return its parts
   */
  public static EntryParts of(Entry entry) {
    if (entry instanceof Job job) {
      return new EntryParts(
          job.organisation(),
          job.url(),
          present(job.position()),
          job.dates(),
          presentOnes(job.location(), job.description()),
          job.summary(),
          List.of(),
          job.highlights());
    }
    if (entry instanceof Volunteer volunteer) {
      return new EntryParts(
          volunteer.organisation(),
          volunteer.url(),
          present(volunteer.position()),
          volunteer.dates(),
          List.of(),
          volunteer.summary(),
          List.of(),
          volunteer.highlights());
    }
    if (entry instanceof Education education) {
      return new EntryParts(
          education.institution(),
          education.url(),
          joined(", ", List.copyOf(presentOnes(education.studyType(), education.area()))),
          education.dates(),
          presentOnes(education.score()),
          education.summary(),
          nonBlank(education.courses()),
          education.highlights());
    }
    if (entry instanceof Award award) {
      return new EntryParts(
          award.title(),
          Optional.empty(),
          nonBlank(award.awarder()),
          single(award.date()),
          List.of(),
          award.summary(),
          List.of(),
          award.highlights());
    }
    if (entry instanceof Certificate certificate) {
      return new EntryParts(
          certificate.name(),
          certificate.url(),
          nonBlank(certificate.issuer()),
          single(certificate.date()),
          List.of(),
          List.of(),
          List.of(),
          certificate.highlights());
    }
    if (entry instanceof Publication publication) {
      return new EntryParts(
          publication.name(),
          publication.url(),
          nonBlank(publication.publisher()),
          single(publication.releaseDate()),
          List.of(),
          publication.summary(),
          List.of(),
          publication.highlights());
    }
    if (entry instanceof Skill skill) {
      return new EntryParts(
          skill.name(),
          Optional.empty(),
          nonBlank(skill.level()),
          NONE,
          List.of(),
          skill.summary(),
          nonBlank(skill.keywords()),
          skill.highlights());
    }
    if (entry instanceof Language language) {
      return new EntryParts(
          language.language(),
          Optional.empty(),
          nonBlank(language.fluency()),
          NONE,
          List.of(),
          List.of(),
          List.of(),
          language.highlights());
    }
    if (entry instanceof Interest interest) {
      return new EntryParts(
          interest.name(),
          Optional.empty(),
          Optional.empty(),
          NONE,
          List.of(),
          List.of(),
          nonBlank(interest.keywords()),
          interest.highlights());
    }
    if (entry instanceof Reference reference) {
      return new EntryParts(
          reference.name(),
          Optional.empty(),
          Optional.empty(),
          NONE,
          List.of(),
          reference.reference(),
          List.of(),
          reference.highlights());
    }
    if (entry instanceof Project project) {
      return new EntryParts(
          project.name(),
          project.url(),
          joined(", ", project.roles()),
          project.dates(),
          presentOnes(project.entity(), project.type()),
          project.summary(),
          nonBlank(project.keywords()),
          project.highlights());
    }
    Item item = (Item) entry;
    return new EntryParts(
        item.title(),
        item.url(),
        nonBlank(item.subtitle()),
        item.dates(),
        List.of(),
        item.summary(),
        List.of(),
        item.highlights());
  }

  private static Dates single(Optional<CvDate> date) {
    return date.isPresent() ? new Dates.Single(date.get()) : NONE;
  }

  private static Optional<String> nonBlank(Optional<String> value) {
    return value.isPresent() && !value.get().isBlank() ? value : Optional.empty();
  }

  private static Optional<String> present(String value) {
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  @SafeVarargs
  private static List<String> presentOnes(Optional<String>... values) {
    List<String> present = new ArrayList<>(values.length);
    for (Optional<String> value : values) {
      if (value.isPresent() && !value.get().isBlank()) {
        present.add(value.get());
      }
    }
    return present;
  }

  private static List<String> nonBlank(List<String> values) {
    List<String> nonBlank = new ArrayList<>(values.size());
    for (String value : values) {
      if (!value.isBlank()) {
        nonBlank.add(value);
      }
    }
    return nonBlank;
  }

  private static Optional<String> joined(String separator, List<String> values) {
    return present(String.join(separator, nonBlank(values)));
  }
}
