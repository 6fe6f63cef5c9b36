package io.github.cvdsl.render.pdf;

import io.github.cvdsl.render.RenderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The user's own fonts: every {@code .ttf} and {@code .otf} file directly in the folder of the
 * format option {@value PdfRenderer#FONTS_OPTION}, in order of file name. Each is read and checked
 * when the renderer is made, so that a file that is not a usable font is reported at once, by
 * name.
 */
final class UserFonts {

  private static final UserFonts NONE = new UserFonts(List.of(), List.of(), List.of());

  private final List<String> files;
  private final List<byte[]> bytes;
  private final List<CmapLookup> cmaps;

  private UserFonts(List<String> files, List<byte[]> bytes, List<CmapLookup> cmaps) {
    this.files = files;
    this.bytes = bytes;
    this.cmaps = cmaps;
  }

  static UserFonts none() {
    return NONE;
  }

  /**
   * Reads the fonts in {@code option}, a folder.
   *
   * @throws RenderException if the folder cannot be read, holds no font, or a font file cannot be
   *     read or embedded; the message names the folder or file
   */
  static UserFonts read(String option) {
    Path dir = Path.of(option.strip()).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new RenderException(
          "the fonts folder " + dir + " (format option " + PdfRenderer.FONTS_OPTION
              + ", -Acvdsl." + PdfRenderer.FONTS_OPTION + ") does not exist or is not a folder");
    }
    List<Path> paths;
    try (Stream<Path> list = Files.list(dir)) {
      paths = list.filter(UserFonts::isFontFile).sorted().toList();
    } catch (IOException e) {
      throw new RenderException("cannot read the fonts folder " + dir + ": " + e, e);
    }
    if (paths.isEmpty()) {
      throw new RenderException(
          "the fonts folder " + dir + " (-Acvdsl." + PdfRenderer.FONTS_OPTION
              + ") holds no .ttf or .otf file");
    }
    List<String> files = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    List<CmapLookup> cmaps = new ArrayList<>();
    for (Path path : paths) {
      byte[] font = readFont(path);
      files.add(path.toString());
      bytes.add(font);
      cmaps.add(cmap(path, font));
    }
    return new UserFonts(List.copyOf(files), List.copyOf(bytes), List.copyOf(cmaps));
  }

  private static boolean isFontFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".ttf") || name.endsWith(".otf")) && !Files.isDirectory(path);
  }

  private static byte[] readFont(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new RenderException("cannot read the font " + path + ": " + e, e);
    }
  }

  private static CmapLookup cmap(Path path, byte[] font) {
    if (font.length >= 4 && font[0] == 'O' && font[1] == 'T' && font[2] == 'T' && font[3] == 'O') {
      throw new RenderException(
          "the font " + path + " has PostScript (CFF) outlines, which the PDF renderer cannot"
              + " embed: use a version of it with TrueType outlines");
    }
    try {
      TrueTypeFont parsed = EmbeddedFonts.parse(font);
      CmapLookup cmap = parsed.getUnicodeCmapLookup(false);
      if (cmap == null || parsed.getNumberOfGlyphs() == 0) {
        throw new IOException("it has no Unicode character map");
      }
      return cmap;
    } catch (IOException | RuntimeException e) {
      throw new RenderException(
          "the font " + path + " cannot be read as a TrueType or OpenType font: " + e.getMessage(),
          e);
    }
  }

  boolean covers(int codePoint) {
    for (CmapLookup cmap : cmaps) {
      if (cmap.getGlyphId(codePoint) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The family name each font is registered under, in order. */
  List<String> families() {
    List<String> families = new ArrayList<>();
    for (int i = 1; i <= files.size(); i++) {
      families.add("cvdsl user font " + i);
    }
    return families;
  }

  byte[] bytes(int index) {
    return bytes.get(index);
  }

  String file(int index) {
    return files.get(index);
  }
}
