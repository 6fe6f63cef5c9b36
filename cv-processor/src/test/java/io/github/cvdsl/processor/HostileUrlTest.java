package io.github.cvdsl.processor;

import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Script and filter-evasion payloads (after OWASP's XSS filter evasion cheat sheet) in every URL
 * field, and in inline links, fail to compile: no such URL reaches a model or a renderer.
 */
class HostileUrlTest {
  private static final List<String> PAYLOADS =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          " javascript:alert(1)",
          "java\\tscript:alert(1)",
          "java\\nscript:alert(1)",
          "\\u0001javascript:alert(1)",
          "jav&#x09;ascript:alert(1)",
          "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
          "vbscript:msgbox(1)",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "file:///etc/passwd",
          "//evil.example/x.js",
          "https://kura.gg\\\"><script>alert(1)</script>",
          "https://kura.gg/<img src=x onerror=alert(1)>",
          "https://kura.gg/x' onmouseover='alert(1)",
          "mailto:x@y.z?body=<script>");

  /** Where a URL goes, as a CV source with {@code %s} for the payload. */
  private static final List<String> FIELDS =
      List.of(
          "@Cv(name = \"Kura\", website = \"%s\") interface TestCv { %s }",
          "@Cv(name = \"Kura\", profiles = @Profile(network = \"GitHub\", url = \"%s\"))"
              + " interface TestCv { %s }",
          "@Cv(name = \"Kura\", summary = \"see [me](%s)\") interface TestCv { %s }",
          entry(
              "@Job(organisation = \"BBC\", position = \"Engineer\", start = \"2019\", url ="
                  + " \"%s\")"),
          entry(
              "@Volunteer(organisation = \"CC\", position = \"Mentor\", start = \"2019\", url ="
                  + " \"%s\")"),
          entry("@Education(institution = \"Bristol\", url = \"%s\")"),
          entry("@Certificate(name = \"CKA\", url = \"%s\")"),
          entry("@Publication(name = \"NVMe\", url = \"%s\")"),
          entry("@Project(name = \"Pelican\", url = \"%s\")"),
          entry("@Item(title = \"Talk\", url = \"%s\")"),
          entry("@Project(name = \"Pelican\") @Highlight(\"[plugins](%s)\")"));

  private static String entry(String annotation) {
    return "@Cv(name = \"Kura\") interface TestCv { @Section(\"S\") interface S { "
        + annotation.replace("%s", "%1$s")
        + " interface E {} } %2$s }";
  }

  private static final String VALID_SECTION =
      "@Section(\"Experience\") interface Experience { @Job(organisation = \"BBC\","
          + " position = \"Engineer\", start = \"2019\") interface Bbc {} }";

  static Stream<Arguments> payloadsInFields() {
    return FIELDS.stream()
        .flatMap(field -> PAYLOADS.stream().map(payload -> Arguments.of(field, payload)));
  }

  @ParameterizedTest
  @MethodSource("payloadsInFields")
  void neverCompiles(String field, String payload) {
    String body =
        field.contains("%1$s")
            ? String.format(Locale.ROOT, field, payload, "")
            : String.format(Locale.ROOT, field, payload, VALID_SECTION);
    Compilation compilation = javac(source("TestCv", body));
    assertEquals(Compilation.Status.FAILURE, compilation.status(), body);
    assertTrue(
        compilation.errors().stream()
            .map(error -> error.getMessage(Locale.ROOT))
            .allMatch(
                message ->
                    message.startsWith("[cvdsl:url]")
                        || message.startsWith("[cvdsl:email]")
                        || message.startsWith("[cvdsl:markup]")),
        () -> body + "\n" + compilation.errors());
  }
}
