package io.github.cvdsl.render.pdf;

import static io.github.cvdsl.render.pdf.MissingGlyphsTest.HAN;
import static io.github.cvdsl.render.pdf.MissingGlyphsTest.HINDI;
import static io.github.cvdsl.render.pdf.MissingGlyphsTest.TEST_FONTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.render.RenderException;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.RenderWarning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pdf.fonts} adds the user's fonts after DejaVu: a character DejaVu lacks comes from them,
 * is embedded and reads back as written; a folder or file that is not a usable font is an error
 * that names it. The test font is Lohit Devanagari (SIL Open Font License 1.1, unmodified, licence
 * beside it), which has the Devanagari that DejaVu Sans lacks.
 */
class UserFontsTest {

  private static RenderOptions fonts(Path dir) {
    return RenderOptions.defaults().withFormatOption("pdf.fonts", dir.toString());
  }

  @Test
  void aUserFontTakesTheCharactersDejaVuLacksAndTheWarningGoes() throws IOException {
    PdfRenderer renderer = new PdfRenderer(fonts(TEST_FONTS));

    List<RenderWarning> warnings = renderer.check(MissingGlyphsTest.cv());
    assertEquals(1, warnings.size(), warnings::toString);
    assertEquals(HAN, warnings.get(0).characters(), "Lohit has no Han; the warning stays for it");

    List<RenderWarning> handed = new ArrayList<>();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    renderer.render(
        MissingGlyphsTest.cv("Greets with " + HINDI + " and कमल.", "Engineer"), out, handed::add);
    assertEquals(List.of(), handed);
    try (PDDocument document = Pdfs.load(out.toByteArray())) {
      String text = Pdfs.text(document, true);
      assertTrue(text.contains("कमल"), text);
      // The font's shaping rules are not applied: a vowel sign, drawn with no advance of its own,
      // reads back after the next character.
      assertTrue(text.contains("नमस्त"), text);
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName());
          assertTrue(font.isEmbedded(), font.getName());
        }
      }
      assertTrue(
          fonts.stream().anyMatch(name -> name.contains("Lohit")), () -> "fonts: " + fonts);
      assertTrue(
          fonts.stream().anyMatch(name -> name.contains("DejaVuSans")), () -> "fonts: " + fonts);
    }
  }

  @Test
  void theSameFontsGiveTheSameBytes() {
    Path dir = TEST_FONTS;
    var cv = MissingGlyphsTest.cv("Greets with " + HINDI + ".", "Engineer");
    byte[] once = Pdfs.render(new PdfRenderer(fonts(dir)), cv);
    byte[] again = Pdfs.render(new PdfRenderer(fonts(dir)), cv);
    assertTrue(java.util.Arrays.equals(once, again));
  }

  @Test
  void aFolderThatDoesNotExistIsNamed(@TempDir Path tmp) {
    Path missing = tmp.resolve("no-such-fonts");
    RenderException e =
        assertThrows(RenderException.class, () -> new PdfRenderer(fonts(missing)));
    assertTrue(e.getMessage().contains(missing.toString()), e::getMessage);
    assertTrue(e.getMessage().contains("pdf.fonts"), e::getMessage);
  }

  @Test
  void aFolderWithoutFontsIsNamed(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("README.txt"), "no fonts here");
    RenderException e = assertThrows(RenderException.class, () -> new PdfRenderer(fonts(tmp)));
    assertTrue(e.getMessage().contains("holds no .ttf or .otf file"), e::getMessage);
  }

  @Test
  void aFileThatIsNotAFontIsNamed(@TempDir Path tmp) throws IOException {
    Path broken = tmp.resolve("Broken.ttf");
    Files.writeString(broken, "this is not a font at all, only some text in a file");
    RenderException e = assertThrows(RenderException.class, () -> new PdfRenderer(fonts(tmp)));
    assertTrue(e.getMessage().startsWith("the font " + broken), e::getMessage);
  }

  @Test
  void aFontWithPostScriptOutlinesIsNamed(@TempDir Path tmp) throws IOException {
    Path cff = tmp.resolve("Cff.otf");
    Files.write(cff, new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0});
    RenderException e = assertThrows(RenderException.class, () -> new PdfRenderer(fonts(tmp)));
    assertTrue(e.getMessage().contains(cff + " has PostScript (CFF) outlines"), e::getMessage);
  }
}
