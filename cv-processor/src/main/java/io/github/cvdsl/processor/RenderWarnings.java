package io.github.cvdsl.processor;

import io.github.cvdsl.render.RenderWarning;
import java.util.List;

/**
 * Shows a renderer's warnings where the author can act on them: on each string the author wrote
 * that holds some of the characters a warning is about, else (for text the theme or the options
 * add) on the {@code @Cv} annotation.
 */
final class RenderWarnings {
  /** How much of a long value a message quotes. */
  private static final int QUOTED_CODE_POINTS = 40;

  private final Reporter reporter;
  private final Site cvSite;
  private final List<Values.Read> read;

  RenderWarnings(Reporter reporter, Site cvSite, List<Values.Read> read) {
    this.reporter = reporter;
    this.cvSite = cvSite;
    this.read = read;
  }

  void report(String format, List<RenderWarning> warnings) {
    for (RenderWarning warning : warnings) {
      boolean shown = false;
      for (Values.Read string : read) {
        if (holdsAny(string.text().value(), warning.characters())) {
          reporter.warning(
              string.text().site(),
              Message.RENDER_WARNING,
              string.label(),
              quoted(string.text().value()),
              format,
              warning.message());
          shown = true;
        }
      }
      if (!shown) {
        reporter.warning(
            cvSite,
            Message.RENDER_WARNING,
            warning.path().isEmpty() ? "text of the theme or the options" : warning.path(),
            "",
            format,
            warning.message());
      }
    }
  }

  private static boolean holdsAny(String value, String characters) {
    return characters.codePoints().anyMatch(c -> value.indexOf(Character.toString(c)) >= 0);
  }

  private static String quoted(String value) {
    if (value.codePointCount(0, value.length()) <= QUOTED_CODE_POINTS) {
      return " \"" + value + "\"";
    }
    return " \"" + value.substring(0, value.offsetByCodePoints(0, QUOTED_CODE_POINTS)) + "…\"";
  }
}
