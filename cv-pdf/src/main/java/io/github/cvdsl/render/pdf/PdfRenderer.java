package io.github.cvdsl.render.pdf;

import com.google.auto.service.AutoService;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.RenderException;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.RenderWarning;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.html.HtmlRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Renders a CV as a PDF: the {@link HtmlRenderer}'s output, with the same options and theme, laid
 * out on A4 or US Letter pages by openhtmltopdf, in pure Java. Text is in the embedded DejaVu fonts,
 * so it reads back (and is found by a recruiter's software) as written; section titles make the
 * outline; links stay clickable; pages are numbered; the PDF is tagged (PDF/UA), so screen readers
 * read its structure. The same CV and options give the same bytes:
 * the PDF has no creation date and its document id is derived from its content.
 *
 * <p>openhtmltopdf's own logging is turned off when this class loads ({@code
 * XRLog.setLoggingEnabled(false)}): it reports, on standard error and inside javac's output, every
 * browser-only CSS rule of the HTML it skips. Call {@code XRLog.setLoggingEnabled(true)} after to
 * see it.
 *
 * <p>Format options (see {@link RenderOptions#withFormatOption(String, String)}; at compile time
 * {@code -Acvdsl.<key>=<value>}):
 *
 * <ul>
 *   <li>{@value #PAGE_OPTION}: {@code a4} (the default) or {@code letter}.
 *   <li>{@value #FONTS_OPTION}: a folder of the user's own fonts, for the characters DejaVu lacks.
 * </ul>
 */
@AutoService(Renderer.class)
public final class PdfRenderer implements Renderer {

  /** The id of this renderer. */
  public static final String ID = "pdf";

  /** The format option that picks the {@link PageSize}. */
  public static final String PAGE_OPTION = "pdf.page";

  /**
   * The format option naming a folder of the user's own fonts ({@code .ttf}, {@code .otf} with
   * TrueType outlines), used for the characters DejaVu lacks.
   */
  public static final String FONTS_OPTION = "pdf.fonts";

  // Sorted: messages list them in one order.
  private static final Set<String> OPTION_KEYS =
      Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(PAGE_OPTION, FONTS_OPTION)));

  static {
    XRLog.setLoggingEnabled(false);
  }

  private final HtmlRenderer html;
  private final PageSize pageSize;
  private final EmbeddedFonts fonts;

  /** With default options; how {@link java.util.ServiceLoader} makes it. */
  public PdfRenderer() {
    this(RenderOptions.defaults());
  }

  /**
   * With {@code options}.
   *
   * @param options the options, including the PDF's format options
   * @throws RenderException if the theme has a missing or broken template, a format option for
   *     {@code pdf} is unknown, or its value is (e.g. a page size other than a4 or letter)
   */
  public PdfRenderer(RenderOptions options) {
    for (String key : options.formatOptions().keySet()) {
      if (key.startsWith(ID + ".") && !OPTION_KEYS.contains(key)) {
        throw new RenderException(
            "the PDF renderer has no format option "
                + key
                + " (-Acvdsl."
                + key
                + "): its options are "
                + String.join(", ", OPTION_KEYS));
      }
    }
    this.pageSize = options.formatOption(PAGE_OPTION).map(PageSize::parse).orElse(PageSize.A4);
    this.fonts =
        new EmbeddedFonts(
            options.formatOption(FONTS_OPTION).map(UserFonts::read).orElse(UserFonts.none()));
    this.html = new HtmlRenderer(options);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public Set<String> formatOptionKeys() {
    return OPTION_KEYS;
  }

  /** The paper this renderer lays out on. */
  public PageSize pageSize() {
    return pageSize;
  }

  @Override
  public PdfRenderer withOptions(RenderOptions options) {
    return new PdfRenderer(options);
  }

  /**
   * The characters of {@code cv} that no font of the PDF has (DejaVu Sans, then the fonts of
   * {@value #FONTS_OPTION}), one warning per value of the model that holds some, with its path;
   * and one with an empty path for those only in the text the theme or the options add.
   */
  @Override
  public List<RenderWarning> check(Cv cv) {
    return new GlyphCheck(fonts).check(cv, html.render(cv));
  }

  /**
   * Writes the PDF of {@code cv}, unless some of its characters are in no font of the PDF (see
   * {@link #check(Cv)}), which would be missing from the page.
   *
   * @throws RenderException if some characters are in no font of the PDF (the message lists them
   *     and where they are; add a font with {@value #FONTS_OPTION}, or call {@link #render(Cv,
   *     OutputStream, Consumer)} to write the PDF without them), or the layout fails
   */
  @Override
  public void render(Cv cv, OutputStream out) throws IOException {
    String page = html.render(cv);
    List<RenderWarning> warnings = new GlyphCheck(fonts).check(cv, page);
    if (!warnings.isEmpty()) {
      StringBuilder message =
          new StringBuilder("the PDF of the CV '" + cv.name() + "' would lose characters:");
      for (RenderWarning warning : warnings) {
        message.append("\n  ").append(warning);
      }
      message.append(
          "\n(render(cv, out, warnings) writes the PDF all the same and hands over these warnings)");
      throw new RenderException(message.toString());
    }
    write(cv, page, out);
  }

  /** Writes the PDF of {@code cv} even without the characters that no font has, after warning. */
  @Override
  public void render(Cv cv, OutputStream out, Consumer<? super RenderWarning> warnings)
      throws IOException {
    String page = html.render(cv);
    new GlyphCheck(fonts).check(cv, page).forEach(warnings);
    write(cv, page, out);
  }

  private void write(Cv cv, String page, OutputStream out) throws IOException {
    // Whole, then written: a failed layout leaves nothing half-written in out.
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try {
      layOut(cv, page, pdf);
    } catch (RenderException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new RenderException(
          "the PDF renderer could not lay out the HTML of the CV '"
              + cv.name()
              + "' (check the html templates of the theme): "
              + e,
          e);
    }
    pdf.writeTo(out);
  }

  private void layOut(Cv cv, String page, OutputStream pdf) throws IOException {
    PDDocument document = new PDDocument();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(document);
    // Tagged (PDF/UA): screen readers and parsers read the structure in order. It also keeps
    // openhtmltopdf from loading the 14 standard PDF fonts, which cannot be embedded (and whose
    // Symbol font makes PDFBox scan the system's fonts): every character is in an embedded font.
    builder.usePdfUaAccessibility(true);
    builder.withProducer("cvdsl");
    builder.useDefaultPageSize(pageSize.width(), pageSize.height(), pageSize.units());
    fonts.register(builder, document);
    builder.useUnicodeBidiSplitter(new JdkBidi.SplitterFactory());
    builder.useUnicodeBidiReorderer(new JdkBidi.Reorderer());
    builder.withW3cDocument(PrintableHtml.of(page, cv, fonts.fallbackFamilies()), null);
    builder.toStream(pdf);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      // PDFBox derives the file identifier from this number, else from the clock.
      document.setDocumentId(contentId(page));
      renderer.setListener(new DocumentInformation(cv));
      renderer.createPDF();
    }
  }

  /**
   * A number derived from the page and the paper: two checksums of the HTML, which the JDK
   * computes natively even before its compilers have warmed up (a SHA-256 digest took a tenth of a
   * second of a cold start). It only has to change when the content does.
   */
  private long contentId(String page) {
    byte[] bytes = (pageSize.name() + '\n' + page).getBytes(StandardCharsets.UTF_8);
    CRC32 crc32 = new CRC32();
    crc32.update(bytes);
    CRC32C crc32c = new CRC32C();
    crc32c.update(bytes);
    return crc32.getValue() << 32 | crc32c.getValue();
  }

  /** What openhtmltopdf does not set, or sets from the clock, just before the file is written. */
  private static final class DocumentInformation implements PDFCreationListener {
    private final Cv cv;

    DocumentInformation(Cv cv) {
      this.cv = cv;
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {}

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

    @Override
    public void onClose(PdfBoxRenderer renderer) {
      PDDocument document = renderer.getPdfDocument();
      document.getDocumentInformation().setCreationDate(null);
      document.getDocumentInformation().setCreator("cvdsl");
      document.getDocumentCatalog().setLanguage(cv.language());
      // openhtmltopdf writes the XMP metadata through whichever XML serializer is on the class
      // path (Saxon indents differently from the JDK's): the same text, in bytes of our own.
      PDMetadata metadata = document.getDocumentCatalog().getMetadata();
      if (metadata != null) {
        try {
          metadata.importXMPMetadata(XmpMetadata.of(cv));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the PDF's XMP metadata", e);
        }
      }
    }
  }
}
