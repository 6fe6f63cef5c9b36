package io.github.cvdsl.processor;

import io.github.cvdsl.Location;
import io.github.cvdsl.Profile;
import io.github.cvdsl.Word;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The element names of the DSL's annotations, and the one an author most likely meant by a name
 * that is not among them: JSON Resume's names ({@code startDate}), other spellings, typos.
 */
final class ElementNames {
  /** Every DSL annotation, nested ones included, by simple name. */
  private static final Map<String, Class<? extends Annotation>> BY_SIMPLE_NAME =
      Stream.concat(Annotations.ALL.stream(), Stream.of(Location.class, Profile.class, Word.class))
          .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

  /** Names from JSON Resume and everyday speech, and the element each means here. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "startdate", "start",
          "enddate", "end",
          "company", "organisation",
          "organization", "organisation",
          "employer", "organisation",
          "school", "institution",
          "date", "releaseDate",
          "website", "url");

  private ElementNames() {}

  /** The element names of the DSL annotation called {@code simpleName}; empty for others. */
  static List<String> of(String simpleName) {
    Class<? extends Annotation> type = BY_SIMPLE_NAME.get(simpleName);
    if (type == null) {
      return List.of();
    }
    return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).sorted().toList();
  }

  /** The element of {@code known} the author most likely meant by {@code unknown}, if any. */
  static Optional<String> meant(String unknown, List<String> known) {
    String lower = unknown.toLowerCase(Locale.ROOT);
    String alias = ALIASES.get(lower);
    if (alias != null && known.contains(alias)) {
      return Optional.of(alias);
    }
    return known.stream()
        .filter(name -> distance(lower, name.toLowerCase(Locale.ROOT)) <= 2)
        .min(Comparator.comparingInt(name -> distance(lower, name.toLowerCase(Locale.ROOT))));
  }

  /** Levenshtein's edit distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
