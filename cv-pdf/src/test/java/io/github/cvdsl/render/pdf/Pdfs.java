package io.github.cvdsl.render.pdf;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Renders CVs to PDF bytes and reads them back as a recruiter's software would: with PDFBox. */
final class Pdfs {

  private Pdfs() {}

  static byte[] render(Cv cv) {
    return render(new PdfRenderer(), cv);
  }

  static byte[] render(Cv cv, RenderOptions options) {
    return render(new PdfRenderer(options), cv);
  }

  static byte[] render(Renderer renderer, Cv cv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(cv, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of pages {@code first} to {@code last} (from 1), in content order or by position. */
  static String text(PDDocument document, boolean sortByPosition, int first, int last) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(sortByPosition);
      stripper.setStartPage(first);
      stripper.setEndPage(last);
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(PDDocument document, boolean sortByPosition) {
    return text(document, sortByPosition, 1, document.getNumberOfPages());
  }

  /**
   * The runs of letters and digits: punctuation aside, since the PDF prints a link's address in
   * brackets after the link (the HTML's print rule), between the link and its full stop.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The words of {@code expected} that are not found, in order, in {@code actual}. */
  static List<String> missingInOrder(List<String> expected, List<String> actual) {
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (String word : expected) {
      int found = actual.subList(at, actual.size()).indexOf(word);
      if (found < 0) {
        missing.add(word);
      } else {
        at += found + 1;
      }
    }
    return missing;
  }

  static List<String> lines(String text) {
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
