package io.github.cvdsl.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cvdsl.render.Html5Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example's HTML passes the W3C checker, warnings included. */
class HtmlValidityTest {

  @Test
  void renderedHtmlIsValidHtml5() throws Exception {
    assertEquals(List.of(), Html5Validator.problems(RenderedCv.rendered("html")));
  }
}
