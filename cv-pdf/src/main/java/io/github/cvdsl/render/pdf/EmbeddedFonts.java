package io.github.cvdsl.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu fonts shipped in this jar (Latin, Greek, Cyrillic and more; licence beside them in
 * {@code fonts/LICENSE-DejaVu.txt}), registered under the family names the PDF's style sheet uses.
 * Each is embedded as a subset: only the glyphs the CV uses.
 */
final class EmbeddedFonts {

  /** The family of all text. */
  static final String SANS = "DejaVu Sans";

  /** The family of {@code code}. */
  static final String MONO = "DejaVu Sans Mono";

  private EmbeddedFonts() {}

  static void register(PdfRendererBuilder builder, PDDocument document) {
    add(builder, document, "DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL);
    add(builder, document, "DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
    add(builder, document, "DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC);
    add(builder, document, "DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
  }

  private static void add(
      PdfRendererBuilder builder,
      PDDocument document,
      String file,
      String family,
      int weight,
      FontStyle style) {
    builder.useFont(new LazyFont(document, file), family, weight, style, true);
  }

  /** Reads its font only if the CV's text uses it. */
  private static final class LazyFont extends PDFontSupplier {
    private final PDDocument document;
    private final String file;
    private PDFont font;

    LazyFont(PDDocument document, String file) {
      super(null);
      this.document = document;
      this.file = file;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        font = load();
      }
      return font;
    }

    private PDFont load() {
      try (InputStream in = EmbeddedFonts.class.getResourceAsStream("fonts/" + file)) {
        if (in == null) {
          throw new IllegalStateException("the cv-pdf jar lacks the font fonts/" + file);
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        // PDFBox would otherwise draw "fi", "ffl"... as ligature glyphs, which text extraction
        // (a recruiter's software) reads back as the single characters U+FB01, U+FB04...
        ttf.setEnableGsub(false);
        return PDType0Font.load(document, ttf, true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font fonts/" + file + " from the cv-pdf jar", e);
      }
    }
  }
}
