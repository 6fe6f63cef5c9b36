package io.github.cvdsl.render.pdf;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.RenderWarning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the characters of a CV that no font of the PDF has: in each string of the model, with its
 * path, and then in the rest of the HTML (section title overrides, fixed words, the theme's own
 * text). Spaces, control and format characters (such as a zero-width joiner) draw nothing and are
 * not counted.
 */
final class GlyphCheck {

  private final EmbeddedFonts fonts;

  GlyphCheck(EmbeddedFonts fonts) {
    this.fonts = fonts;
  }

  List<RenderWarning> check(Cv cv, String html) {
    List<RenderWarning> warnings = new ArrayList<>();
    Set<Integer> reported = new LinkedHashSet<>();
    ModelStrings.forEach(
        cv,
        (path, value) -> {
          Set<Integer> missing = missing(value);
          if (!missing.isEmpty()) {
            reported.addAll(missing);
            warnings.add(warning(path, missing));
          }
        });
    Set<Integer> elsewhere = missing(html);
    elsewhere.removeAll(reported);
    if (!elsewhere.isEmpty()) {
      warnings.add(warning("", elsewhere));
    }
    return List.copyOf(warnings);
  }

  private Set<Integer> missing(String text) {
    Set<Integer> missing = new LinkedHashSet<>();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      // Printable ASCII is in every font; most of a CV is.
      if (c > 0x7e && !drawsNothing(c) && !fonts.covers(c)) {
        missing.add(c);
      }
    }
    return missing;
  }

  private static boolean drawsNothing(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.CONTROL
        || type == Character.FORMAT;
  }

  private static RenderWarning warning(String path, Set<Integer> missing) {
    StringBuilder characters = new StringBuilder();
    List<String> codes = new ArrayList<>();
    for (int c : missing) {
      characters.appendCodePoint(c);
      codes.add(String.format(Locale.ROOT, "U+%04X", c));
    }
    return new RenderWarning(
        path,
        characters.toString(),
        "no font of the PDF has \""
            + characters
            + "\" ("
            + String.join(", ", codes)
            + "), which would be missing from the page: add a font that has "
            + (missing.size() == 1 ? "it" : "them")
            + " with -Acvdsl."
            + PdfRenderer.FONTS_OPTION
            + "=<folder> (at run time RenderOptions.withFormatOption(\""
            + PdfRenderer.FONTS_OPTION
            + "\", folder))");
  }
}
