package io.github.cvdsl.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The W3C Nu HTML Checker, run offline on a string. */
public final class Html5Validator {

  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private Html5Validator() {}

  /** The checker's errors and warnings about {@code html}, one line each; empty if it is valid. */
  public static synchronized List<String> problems(String html) throws Exception {
    Collector collector = new Collector();
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema(SCHEMA, collector);
    validator.setUpValidatorAndParsers(collector, true, false);
    InputSource source =
        new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setEncoding("UTF-8");
    validator.checkHtmlInputSource(source);
    return collector.problems;
  }

  private static final class Collector implements ErrorHandler {
    final List<String> problems = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      problems.add("warning at line " + e.getLineNumber() + ": " + e.getMessage());
    }

    @Override
    public void error(SAXParseException e) {
      problems.add("error at line " + e.getLineNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      problems.add("fatal error at line " + e.getLineNumber() + ": " + e.getMessage());
    }
  }
}
