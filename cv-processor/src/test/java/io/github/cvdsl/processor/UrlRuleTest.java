package io.github.cvdsl.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.cvdsl.processor.Compilations.javac;
import static io.github.cvdsl.processor.Compilations.model;
import static io.github.cvdsl.processor.Compilations.source;
import static io.github.cvdsl.processor.NewUserDiagnosticsTest.assertErrorAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.render.internal.LinkPolicy;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One rule for URLs ({@link Url#SCHEMES}): what the processor accepts in an element and in a link,
 * what its messages say, and what the renderers link.
 */
class UrlRuleTest {

  private static JavaFileObject cvWithJob(String website, String url, String summary) {
    return source(
        "TestCv",
        """
        @Cv(name = "Kura", website = "%s")
        interface TestCv {
          @Section("Experience")
          interface Experience {
            @Job(organisation = "BBC", position = "Engineer", start = "2019",
                 url = "%s",
                 summary = "%s")
            interface Bbc {}
          }
        }
        """
            .formatted(website, url, summary));
  }

  @Test
  void everySchemeOfTheRulePassesInAnElementAndInALink() {
    for (String url :
        List.of(
            "https://example.org",
            "HTTP://example.org/a?b",
            "mailto:kura@example.org",
            "tel:+44-20-7946-0000",
            "tel:(020)7946.0000")) {
      Compilation compilation = javac(cvWithJob(url, url, "call [me](" + url + ")"));
      assertThat(compilation).succeededWithoutWarnings();
      Cv cv = model(compilation, "test.TestCvModel");
      Job job = (Job) cv.sections().get(0).entries().get(0);
      assertEquals(url, cv.website().orElseThrow().value());
      assertEquals(url, job.url().orElseThrow().value());
      Span.Link link = (Span.Link) job.summary().get(0).spans().get(1);
      assertEquals(url, link.url().value());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org", "javascript:alert(1)", "data:text/html,x"})
  void anotherSchemeIsToldTheRule(String url) {
    JavaFileObject source = cvWithJob("https://example.org", url, "text");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:url] url \""
            + url
            + "\" uses the scheme \""
            + url.substring(0, url.indexOf(':'))
            + "\": write an http, https, mailto or tel URL, e.g. \"https://example.org\"",
        "\"" + url + "\"");
  }

  @Test
  void aTelUrlHoldsAPhoneNumber() {
    JavaFileObject source = cvWithJob("https://example.org", "tel:kura", "text");
    Compilation compilation = javac(source);
    assertThat(compilation).hadErrorCount(1);
    assertErrorAt(
        compilation,
        source,
        "[cvdsl:url] url \"tel:kura\" is not a phone number: write digits after tel:, e.g."
            + " \"tel:+44-20-7946-0000\"",
        "\"tel:kura\"");
  }

  @Test
  void theMessagesSayTheRule() {
    assertEquals("http, https, mailto or tel", Addresses.SCHEMES_IN_WORDS);
  }

  /** The renderers link exactly what the processor lets through: one rule, not two. */
  @Test
  void theRenderersLinkWhatTheRuleAllows() {
    for (String scheme : Url.SCHEMES) {
      assertTrue(LinkPolicy.allows(new Url(scheme + ":x")), scheme);
    }
    for (String scheme : List.of("ftp", "javascript", "data", "file", "vbscript")) {
      assertFalse(LinkPolicy.allows(new Url(scheme + ":x")), scheme);
    }
  }
}
