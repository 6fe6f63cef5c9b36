package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.generatedSource;
import static io.github.cvdsl.processor.Compilations.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The generated source is the golden file, byte for byte, whatever the machine's locale and time
 * zone. After a deliberate change to the generator, rewrite the golden file with {@code mvn -pl
 * cv-processor test -Dtest=GeneratedSourceTest -Dcvdsl.updateGolden=true} and review its diff.
 */
class GeneratedSourceTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/FullCvModel.java");

  @Test
  void generatedSourceEqualsTheGoldenFile() throws IOException {
    Compilation compilation = javac(ModelTest.EVERY_KIND);
    assertThat(compilation).succeeded();
    String generated = generatedSource(compilation, "test.FullCvModel");
    if (Boolean.getBoolean("cvdsl.updateGolden")) {
      Files.writeString(GOLDEN, generated, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), generated);
  }

  @Test
  void generatedSourceIsTheSameUnderAnotherLocaleAndTimeZone() {
    String usual = generatedSource(javac(ModelTest.EVERY_KIND), "test.FullCvModel");
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertEquals(usual, generatedSource(javac(ModelTest.EVERY_KIND), "test.FullCvModel"));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
