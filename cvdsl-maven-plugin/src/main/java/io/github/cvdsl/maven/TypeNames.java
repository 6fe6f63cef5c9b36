package io.github.cvdsl.maven;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Names the types of an imported CV after what they hold: the ASCII letters and digits of each word
 * (accents dropped), the word's first letter in upper case, the words joined, so "Université de
 * Montréal" gives {@code UniversiteDeMontreal}. A name that starts with a digit gets the kind in
 * front ({@code Job3M} for "3M"). A name that is empty, or one of the DSL's annotations (which a
 * nested type of that name would hide), gets a suffix: {@code EducationSection}, {@code
 * LanguageEntry}. Names are unique in the file, ignoring case: the second "Acme" is {@code Acme2}.
 * ASCII names keep class file names portable across file systems.
 */
final class TypeNames {
  private static final Set<String> RESERVED =
      Set.of(
          "Award", "Certificate", "Cv", "Education", "Highlight", "HighlightGroups", "Highlights",
          "Interest", "Item", "Job", "Language", "Location", "Profile", "Project", "Publication",
          "Reference", "Section", "Skill", "Volunteer", "SuppressWarnings", "String", "Object");

  private final Set<String> used = new HashSet<>();

  TypeNames(String cvName) {
    used.add(cvName.toLowerCase(Locale.ROOT));
  }

  /**
   * A new name for a type holding {@code text}.
   *
   * @param kind the DSL annotation, e.g. {@code Job}, put in front of a name starting with a digit
   *     and standing in for an empty one
   * @param suffix what tells the type from an annotation of the same name, e.g. {@code Section}
   */
  String allocate(String text, String kind, String suffix) {
    String base = camelCase(text);
    if (base.isEmpty()) {
      base = kind;
    } else if (!Character.isJavaIdentifierStart(base.charAt(0))) {
      base = kind + base;
    }
    if (RESERVED.contains(base) || !SourceVersion.isName(base)) {
      base = base + suffix;
    }
    String name = base;
    for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
      name = base + i;
    }
    // Case apart, two names would clash as class files on a case-insensitive file system.
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  static String camelCase(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder();
    boolean wordStart = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // the accent of a letter just written
      }
      if (c < 128 && Character.isLetterOrDigit(c)) {
        out.append(wordStart ? Character.toUpperCase(c) : c);
        wordStart = false;
      } else {
        wordStart = true;
      }
    }
    return out.toString();
  }
}
