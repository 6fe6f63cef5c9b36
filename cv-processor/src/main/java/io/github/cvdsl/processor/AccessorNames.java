package io.github.cvdsl.processor;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The names of the generated model's accessors, one instance per class they are declared in. A
 * section or entry type's accessor is its simple name in lowerCamelCase ({@code Bbc} gives {@code
 * bbc()}, {@code HTTPServer} {@code httpServer()}); a name that is a Java keyword or literal, that
 * the class itself declares ({@code cv}, {@code section}) or that {@code Object} declares, or that
 * an earlier accessor of the same class already has, gets {@code _} appended until it is none of
 * these ({@code Default} gives {@code default_()}). docs/model.md documents the rule.
 */
final class AccessorNames {
  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "getClass",
          "hashCode",
          "equals",
          "toString",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize");

  private final Set<String> taken = new HashSet<>(OBJECT_METHODS);

  /**
   * @param members the names the class declares itself
   */
  AccessorNames(Set<String> members) {
    taken.addAll(members);
  }

  /** The accessor for the type named {@code simpleName}, now taken. */
  String next(String simpleName) {
    String name = lowerCamel(simpleName);
    while (taken.contains(name) || SourceVersion.isKeyword(name)) {
      name += "_";
    }
    taken.add(name);
    return name;
  }

  /** {@code Bbc} to {@code bbc}; a leading acronym in lower case ({@code URLShortener}). */
  static String lowerCamel(String simpleName) {
    int upper = 0;
    while (upper < simpleName.length() && Character.isUpperCase(simpleName.charAt(upper))) {
      upper++;
    }
    boolean wordFollows =
        upper > 1 && upper < simpleName.length() && Character.isLowerCase(simpleName.charAt(upper));
    int lowered = wordFollows ? upper - 1 : upper;
    return simpleName.substring(0, lowered).toLowerCase(java.util.Locale.ROOT)
        + simpleName.substring(lowered);
  }

  /** The name of the class that an accessor returns: {@code experience} to {@code Experience}. */
  static String className(String accessor) {
    return Character.toUpperCase(accessor.charAt(0)) + accessor.substring(1);
  }
}
