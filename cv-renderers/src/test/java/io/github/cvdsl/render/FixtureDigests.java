package io.github.cvdsl.render;

import io.github.cvdsl.model.Cv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a SHA-256 of every fixture rendered in every format, so that two JDKs (or two versions of
 * the renderers) can be compared byte for byte: run it under each and diff the output. Not a unit
 * test; run it with
 *
 * <pre>
 * mvn -pl cv-renderers test-compile exec:java -Dexec.skip=false -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.cvdsl.render.FixtureDigests [-Dexec.args=outputDir]
 * </pre>
 *
 * <p>With a directory argument it also writes each rendering there, for diffing by hand.
 */
public final class FixtureDigests {

  private static final List<String> FORMATS = List.of("markdown", "html", "text");

  private FixtureDigests() {}

  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    Path outputDir = args.length > 0 ? Path.of(args[0]) : null;
    if (outputDir != null) {
      Files.createDirectories(outputDir);
    }
    for (Map.Entry<String, Cv> fixture : fixtures().entrySet()) {
      for (String format : FORMATS) {
        for (Map.Entry<String, RenderOptions> style : styles().entrySet()) {
          String rendered = Renderers.characterRenderer(format, style.getValue()).render(fixture.getValue());
          byte[] bytes = rendered.getBytes(StandardCharsets.UTF_8);
          String name = fixture.getKey() + "-" + style.getKey() + "." + format;
          System.out.println(sha256(bytes) + "  " + name);
          if (outputDir != null) {
            Files.write(outputDir.resolve(name), bytes);
          }
        }
      }
    }
  }

  private static Map<String, Cv> fixtures() {
    Map<String, Cv> fixtures = new LinkedHashMap<>();
    fixtures.put("realistic", CvFixtures.realistic());
    fixtures.put("minimal", CvFixtures.minimal());
    fixtures.put("synthetic-100", CvFixtures.synthetic(100));
    fixtures.put("months", CvFixtures.everyMonth());
    List<String> tricky = TrickyText.strings();
    for (int i = 0; i < tricky.size(); i++) {
      fixtures.put("tricky-" + i, TrickyText.everywhere(tricky.get(i)));
    }
    return fixtures;
  }

  private static Map<String, RenderOptions> styles() {
    Map<String, RenderOptions> styles = new LinkedHashMap<>();
    styles.put("compact", RenderOptions.defaults());
    styles.put("long", RenderOptions.defaults().withDateStyle(DateStyle.LONG));
    return styles;
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
