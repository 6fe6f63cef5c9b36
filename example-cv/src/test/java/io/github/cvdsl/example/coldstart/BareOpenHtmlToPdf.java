package io.github.cvdsl.example.coldstart;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of a cold PDF: openhtmltopdf alone, writing one paragraph in its default font to a
 * file, with nothing of cvdsl. What any program that makes a PDF this way pays at least.
 */
public final class BareOpenHtmlToPdf {
  private BareOpenHtmlToPdf() {}

  /**
   * Writes the PDF.
   *
   * @param args the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    XRLog.setLoggingEnabled(false);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withHtmlContent(
        "<html><head><title>Hello</title></head><body><p>Hello, world</p></body></html>", null);
    try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
      builder.toStream(out);
      builder.run();
    }
  }
}
