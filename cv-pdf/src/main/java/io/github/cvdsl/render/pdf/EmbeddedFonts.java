package io.github.cvdsl.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of a PDF: the DejaVu fonts shipped in this jar (Latin, Greek, Cyrillic and more;
 * licence beside them in {@code fonts/LICENSE-DejaVu.txt}), registered under the family names the
 * PDF's style sheet uses, then the user's own fonts ({@link UserFonts}), each a family of its own
 * that the style sheet lists after DejaVu: openhtmltopdf takes a character DejaVu lacks from the
 * first of them that has it. Each font is embedded as a subset: only the glyphs the CV uses.
 */
final class EmbeddedFonts {

  /** The family of all text. */
  static final String SANS = "DejaVu Sans";

  /** The family of {@code code}. */
  static final String MONO = "DejaVu Sans Mono";

  private static final String REGULAR = "DejaVuSans.ttf";

  private final UserFonts userFonts;

  EmbeddedFonts(UserFonts userFonts) {
    this.userFonts = userFonts;
  }

  /** Whether some font of the PDF draws {@code codePoint}. */
  boolean covers(int codePoint) {
    return Regular.CMAP.getGlyphId(codePoint) != 0 || userFonts.covers(codePoint);
  }

  /** The CSS families after DejaVu, e.g. {@code , "cvdsl-user-1"}; empty without user fonts. */
  String fallbackFamilies() {
    StringBuilder families = new StringBuilder();
    for (String family : userFonts.families()) {
      families.append(", \"").append(family).append('"');
    }
    return families.toString();
  }

  void register(PdfRendererBuilder builder, PDDocument document) {
    builder.useFont(
        new LazyFont(document, "fonts/" + REGULAR + " of the cv-pdf jar", () -> Regular.BYTES),
        SANS,
        400,
        FontStyle.NORMAL,
        true);
    add(builder, document, "DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
    add(builder, document, "DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC);
    add(builder, document, "DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
    List<String> families = userFonts.families();
    for (int i = 0; i < families.size(); i++) {
      byte[] bytes = userFonts.bytes(i);
      String name = userFonts.file(i);
      builder.useFont(
          new LazyFont(document, name, () -> bytes), families.get(i), 400, FontStyle.NORMAL, true);
    }
  }

  private static void add(
      PdfRendererBuilder builder,
      PDDocument document,
      String file,
      String family,
      int weight,
      FontStyle style) {
    builder.useFont(
        new LazyFont(document, "fonts/" + file + " of the cv-pdf jar", () -> builtIn(file)),
        family,
        weight,
        style,
        true);
  }

  private static byte[] builtIn(String file) throws IOException {
    try (InputStream in = EmbeddedFonts.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("the cv-pdf jar lacks the font fonts/" + file);
      }
      return in.readAllBytes();
    }
  }

  /** A font's bytes, read when first needed. */
  private interface FontBytes {
    byte[] read() throws IOException;
  }

  /**
   * The built-in regular face, read from the jar once, when a CV is first checked, and kept: every
   * CV is checked against its character map and set in it, and reading it again would inflate
   * 700 KB on each render.
   */
  private static final class Regular {
    static final byte[] BYTES = read();
    static final CmapLookup CMAP = cmap();

    private static byte[] read() {
      try {
        return builtIn(REGULAR);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font fonts/" + REGULAR, e);
      }
    }

    private static CmapLookup cmap() {
      try {
        return parse(BYTES).getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font fonts/" + REGULAR, e);
      }
    }
  }

  /** Parses a font with TrueType outlines ({@code .ttf}, or {@code .otf} with TrueType outlines). */
  static TrueTypeFont parse(byte[] bytes) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    // PDFBox would otherwise draw "fi", "ffl"... as ligature glyphs, which text extraction
    // (a recruiter's software) reads back as the single characters U+FB01, U+FB04...
    font.setEnableGsub(false);
    return font;
  }

  /** Reads its font only if the CV's text uses it. */
  private static final class LazyFont extends PDFontSupplier {
    private final PDDocument document;
    private final String name;
    private final FontBytes bytes;
    private PDFont font;

    LazyFont(PDDocument document, String name, FontBytes bytes) {
      super(null);
      this.document = document;
      this.name = name;
      this.bytes = bytes;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(document, parse(bytes.read()), true);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the font " + name, e);
        }
      }
      return font;
    }
  }
}
