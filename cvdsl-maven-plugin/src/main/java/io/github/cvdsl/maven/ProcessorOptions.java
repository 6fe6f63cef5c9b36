package io.github.cvdsl.maven;

import java.util.ArrayList;
import java.util.List;

/** The {@code -A} options of a compiler's arguments, as the preview passes them to javac. */
final class ProcessorOptions {
  static final String RENDER = "-Acvdsl.render=";

  private ProcessorOptions() {}

  /** The {@code -Akey=value} arguments among {@code compilerArgs}, in their order. */
  static List<String> of(List<String> compilerArgs) {
    return compilerArgs.stream().filter(arg -> arg.startsWith("-A") && arg.length() > 2).toList();
  }

  /**
   * {@code options} with {@code html} among the rendered formats, which the preview shows; the
   * other formats the project renders stay, so the preview writes every file a build writes.
   */
  static List<String> withHtml(List<String> options) {
    List<String> result = new ArrayList<>();
    boolean seen = false;
    for (String option : options) {
      if (option.startsWith(RENDER)) {
        seen = true;
        String formats = option.substring(RENDER.length());
        boolean hasHtml =
            List.of(formats.split(",")).stream().map(String::strip).anyMatch("html"::equals);
        result.add(hasHtml ? option : RENDER + (formats.isBlank() ? "html" : formats + ",html"));
      } else {
        result.add(option);
      }
    }
    if (!seen) {
      result.add(RENDER + "html");
    }
    return result;
  }

  /** {@code options} rendering HTML and nothing else: what the page needs, fastest. */
  static List<String> htmlOnly(List<String> options) {
    List<String> result = new ArrayList<>();
    for (String option : options) {
      if (!option.startsWith(RENDER)) {
        result.add(option);
      }
    }
    result.add(RENDER + "html");
    return result;
  }
}
