package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cvdsl.model.Cv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model class holds the CV as string literals: javac must read back every character the codec
 * wrote, whatever the character and whatever the compilation's source encoding.
 */
class ModelClassLiteralTest {

  /** Java source text of a CV whose name is {@code nameLiteral}, written as a Java literal body. */
  private static JavaFileObject cv(String name, String nameLiteral) {
    return Compilations.source(
        name,
        """
        @Cv(name = "%s")
        interface %s {
          @Section(value = "About", summary = "x")
          interface About {}
        }
        """
            .formatted(nameLiteral, name));
  }

  @Test
  void theModelClassIsPrintableAscii() {
    String source = Compilations.generatedSource(javac(ModelTest.EVERY_KIND), "test.FullCvModel");
    assertTrue(source.contains("\\u2013"), "the en dash of the CV is written as an escape");
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      assertTrue(c == '\n' || (c >= ' ' && c <= '~'), "character " + (int) c + " at " + i);
    }
  }

  @Test
  void aLoneSurrogateSurvivesTheModelClass() {
    // "\\uD800" in the test's Java text is the escape \uD800 in the CV's source: legal Java.
    Compilation compilation = javac(cv("SurrogateCv", "a\\uD800b"));
    assertThat(compilation).succeeded();
    Cv cv = model(compilation, "test.SurrogateCvModel");
    assertEquals(
        "a\uD800b",
        cv.name(),
        "name as chars: " + cv.name().chars().mapToObj(Integer::toHexString).toList());
  }

  @Test
  void controlCharactersSurviveTheModelClass() {
    String literal = "a\\u0000b\\rc\\nd\\u0085e\\u000bf\\\\u0041g\\\"h\\u007f\\u001b";
    String expected = "a\u0000b\rc\nd\u0085e\u000bf\\u0041g\"h\u007f\u001b";
    Compilation compilation = javac(cv("ControlCv", literal));
    assertThat(compilation).succeeded();
    assertEquals(expected, model(compilation, "test.ControlCvModel").name());
  }

  @Test
  void aLineSeparatorSurvivesTheModelClass() {
    Compilation compilation = javac(cv("SeparatorCv", "a\\u2028b"));
    assertThat(compilation).succeeded();
    assertEquals("a\u2028b", model(compilation, "test.SeparatorCvModel").name());
  }

  @Test
  void aParagraphSeparatorSurvivesTheModelClass() {
    Compilation compilation = javac(cv("ParagraphCv", "a\\u2029b"));
    assertThat(compilation).succeeded();
    assertEquals("a\u2029b", model(compilation, "test.ParagraphCvModel").name());
  }

  @Test
  void controlCharactersSurviveUnderAThaiOrArabicDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("th-TH-u-nu-thai", "ar-SA-u-nu-arab", "hi-IN-u-nu-deva")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        Compilation compilation = javac(cv("LocaleCv", "x\\u0001y\\u001fz"));
        assertThat(compilation).succeeded();
        assertEquals("x\u0001y\u001fz", model(compilation, "test.LocaleCvModel").name(), tag);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aPieceOfNothingButLineBreaksCompiles() {
    // JavaPoet splits a literal at every \n into "..." + "...": 21,000 operands in one piece.
    String literal = "x" + "\\n".repeat(21_000) + "x";
    Compilation compilation = javac(cv("BreaksCv", literal));
    assertThat(compilation).succeeded();
    assertEquals("x" + "\n".repeat(21_000) + "x", model(compilation, "test.BreaksCvModel").name());
  }

  /**
   * A real javac run, as a build runs it, whose source encoding is not UTF-8: the CV's source is
   * ASCII and writes its accented letters as Unicode escapes, which is legal. The Filer writes the
   * generated source in the compilation's encoding.
   */
  @Test
  void aCvCompiledWithAnAsciiSourceEncodingKeepsItsNonAsciiCharacters(@TempDir Path dir)
      throws Exception {
    assertNonUtf8EncodingKeepsName(dir, "US-ASCII", "Jos\\u00e9", "Jos\u00e9");
  }

  @Test
  void aCvCompiledWithLatin1SourceEncodingKeepsCharactersOutsideLatin1(@TempDir Path dir)
      throws Exception {
    assertNonUtf8EncodingKeepsName(dir, "ISO-8859-1", "\\u6f22\\u20ac", "\u6f22\u20ac");
  }

  private static void assertNonUtf8EncodingKeepsName(
      Path dir, String encoding, String literal, String expected) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("in/test"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Files.writeString(
        sources.resolve("EncCv.java"),
        """
        package test;

        import io.github.cvdsl.*;

        @Cv(name = "%s")
        interface EncCv {
          @Section(value = "About", summary = "x")
          interface About {}
        }
        """
            .formatted(literal),
        StandardCharsets.US_ASCII);
    Compilations.javacToFolders(
        sources.resolve("EncCv.java"), classes, generated, "-encoding", encoding);
    Cv cv = Compilations.model(classes, "test.EncCvModel");
    assertEquals(
        expected,
        cv.name(),
        "generated source: "
            + Files.readString(
                    generated.resolve("test/EncCvModel.java"), StandardCharsets.ISO_8859_1)
                .lines()
                .filter(line -> line.contains("cvdsl-model"))
                .findFirst()
                .orElse("?"));
  }
}
