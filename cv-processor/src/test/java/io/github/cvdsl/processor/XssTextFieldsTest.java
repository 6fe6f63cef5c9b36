package io.github.cvdsl.processor;

import static io.github.cvdsl.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.cvdsl.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Script payloads in every text field of the DSL, end to end: compiled by the processor, rendered
 * to HTML and Markdown at compile time, and read back as a browser and a CommonMark reader would.
 * Each payload either compiles and shows as the author's text, making no element, attribute, link
 * or raw HTML of its own, or is refused with a cvdsl error. URL fields are {@link
 * HostileUrlTest}'s.
 */
class XssTextFieldsTest {

  /**
   * After OWASP's XSS Filter Evasion Cheat Sheet, with payloads that mix in the DSL's own inline
   * markup (strong, code) and characters Java source can only hold escaped (a null byte).
   */
  static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "<svg/onload=alert(1)>",
          "\"><script>alert(1)</script>",
          "'><script>alert(1)</script>",
          "\" onfocus=\"alert(1)\" autofocus=\"",
          "javascript:alert(1)",
          "<a href=\"javascript:alert(1)\">click</a>",
          "<iframe src=\"javascript:alert(1)\"></iframe>",
          "<body onload=alert(1)>",
          "<IMG SRC=JaVaScRiPt:alert('XSS')>",
          "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;"
              + "&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
          "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72"
              + "&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
          "<style>@import'//evil.example/x.css';</style>",
          "<div style=\"background-image: url(javascript:alert(1))\">",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
          "<IMG SRC=java\0script:alert(\"XSS\")>",
          "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
          "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
          "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
          "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert(1);\">",
          "<object data=\"javascript:alert(1)\"></object>",
          "<!--<script>alert(1)//-->",
          "<![CDATA[<script>alert(1)</script>]]>",
          "&lt;script&gt;alert(1)&lt;/script&gt;",
          "%3Cscript%3Ealert(1)%3C/script%3E",
          "<scr\nipt>alert(1)</scr\tipt>",
          "**<script>alert(1)</script>**",
          "`<img src=x onerror=alert(1)>`");

  /** Where plain text goes ({@code %1$s}) and where text with inline markup goes ({@code %2$s}). */
  private static final String CV_TEMPLATE =
      """
      @Cv(name = %1$s, label = %1$s, phone = %1$s, summary = %2$s,
          location = @Location(address = %1$s, postalCode = %1$s, city = %1$s, region = %1$s),
          profiles = @Profile(network = %1$s, username = %1$s, url = "https://example.com/p"))
      interface %3$s {
        @Section(value = %1$s, summary = %2$s)
        @Highlights(title = %2$s, value = @Highlight(value = %2$s, details = %2$s))
        interface Everything {
          @Job(organisation = %1$s, position = %1$s, start = "2019", location = %1$s,
               description = %1$s, url = "https://example.com/job", summary = %2$s)
          @Highlights(title = %2$s, value = {@Highlight(value = %2$s, details = {%2$s, %2$s})})
          interface AJob {}

          @Volunteer(organisation = %1$s, position = %1$s, start = "2018", summary = %2$s)
          @Highlight(value = %2$s, details = %2$s)
          interface AVolunteer {}

          @Education(institution = %1$s, area = %1$s, studyType = %1$s, score = %1$s,
                     courses = {%1$s, %1$s}, summary = %2$s)
          interface AnEducation {}

          @Award(title = %1$s, awarder = %1$s, summary = %2$s)
          interface AnAward {}

          @Certificate(name = %1$s, issuer = %1$s)
          interface ACertificate {}

          @Publication(name = %1$s, publisher = %1$s, summary = %2$s)
          interface APublication {}

          @Skill(name = %1$s, level = %1$s, keywords = {%1$s, %1$s}, summary = %2$s)
          interface ASkill {}

          @Language(language = %1$s, fluency = %1$s)
          interface ALanguage {}

          @Interest(name = %1$s, keywords = %1$s)
          interface AnInterest {}

          @Reference(name = %1$s, reference = %2$s)
          interface AReference {}

          @Project(name = %1$s, roles = %1$s, entity = %1$s, type = %1$s, keywords = %1$s,
                   summary = %2$s)
          interface AProject {}

          @Item(title = %1$s, subtitle = %1$s, summary = %2$s)
          interface AnItem {}
        }
      }
      """;

  private static final String BENIGN = "Benign";
  private static final String BENIGN_PLAIN = "Plain words";
  private static final String BENIGN_PROSE = "Some prose";

  /** Elements only the DSL's own inline markup makes, and links, which a dialable phone makes. */
  private static final Set<String> MAY_DIFFER = Set.of("strong", "em", "code", "a");

  /** The renderer's elements that stay within a line of text. */
  private static final Set<String> INLINE = Set.of("strong", "em", "code", "a", "span", "time");

  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

  private static List<Integer> refusedByParser;
  private static Compilation accepted;
  private static Compilation refused;
  private static Reading benignHtml;
  private static Reading benignMarkdown;

  /**
   * Two compilations for all payloads, as compiling takes seconds on a shared machine: the CVs that
   * must compile and render, and the CVs whose payload the markup parser refuses, which must fail
   * (javac gives no files of a failed compilation, so those cannot share one). Processing only: the
   * generated models' bytecode is not what this tests.
   */
  @BeforeAll
  static void compileEveryPayloadInEveryField() {
    refusedByParser =
        IntStream.range(0, PAYLOADS.size())
            .filter(i -> !MarkupParser.paragraphs("summary", PAYLOADS.get(i)).isOk())
            .boxed()
            .toList();
    List<JavaFileObject> mustCompile = new ArrayList<>();
    List<JavaFileObject> mustFail = new ArrayList<>();
    mustCompile.add(cvSource(BENIGN, BENIGN_PLAIN, BENIGN_PROSE));
    for (int i = 0; i < PAYLOADS.size(); i++) {
      JavaFileObject everywhere = cvSource(everywhere(i), PAYLOADS.get(i), PAYLOADS.get(i));
      if (refusedByParser.contains(i)) {
        // Plain text is never parsed: a payload the prose fields refuse still goes in the rest.
        mustFail.add(everywhere);
        mustCompile.add(cvSource(plainOnly(i), PAYLOADS.get(i), BENIGN_PROSE));
      } else {
        mustCompile.add(everywhere);
      }
    }
    accepted = compile(mustCompile, "-Acvdsl.render=html,markdown");
    refused = mustFail.isEmpty() ? null : compile(mustFail);
    assertEquals(Compilation.Status.SUCCESS, accepted.status(), () -> "" + accepted.errors());
    benignHtml = readHtml(rendered(BENIGN, "html").orElseThrow());
    benignMarkdown = readMarkdown(rendered(BENIGN, "md").orElseThrow());
  }

  private static Compilation compile(List<JavaFileObject> sources, String... options) {
    List<String> all = new ArrayList<>(List.of(options));
    all.add("-proc:only");
    return Compiler.javac().withProcessors(new CvProcessor()).withOptions(all).compile(sources);
  }

  @Test
  void mostPayloadsCompileInEveryFieldAndTheRestAreRefusedAsBadMarkup() {
    Map<String, List<String>> errorsByType = new TreeMap<>();
    if (refused != null) {
      assertEquals(Compilation.Status.FAILURE, refused.status());
      for (Diagnostic<? extends JavaFileObject> error : refused.errors()) {
        String type = error.getSource() == null ? "(no file)" : typeOf(error.getSource());
        errorsByType
            .computeIfAbsent(type, t -> new ArrayList<>())
            .add(error.getMessage(Locale.ROOT));
      }
    }
    List<String> refusedPayloads = new ArrayList<>();
    for (int i : refusedByParser) {
      String payload = PAYLOADS.get(i);
      List<String> errors = errorsByType.remove(everywhere(i));
      assertTrue(errors != null, () -> "compiled, though the parser refuses it: " + payload);
      assertTrue(
          errors.stream().allMatch(message -> message.startsWith("[cvdsl:markup]")),
          () -> payload + ": " + errors);
      refusedPayloads.add(payload);
    }
    assertEquals(Map.of(), errorsByType, "errors elsewhere");
    System.out.printf(
        "XSS payloads in every text field: %d of %d compiled; refused as bad markup: %s%n",
        PAYLOADS.size() - refusedPayloads.size(), PAYLOADS.size(), refusedPayloads);
    // Otherwise this would test the parser's refusals, not the renderers.
    assertTrue(
        refusedPayloads.size() * 4 <= PAYLOADS.size(),
        () -> "more than a quarter refused: " + refusedPayloads);
  }

  @TestFactory
  Stream<DynamicTest> htmlShowsEachPayloadAsTextAndMakesNothingOfIt() {
    assertTrue(benignHtml.occurrences(BENIGN_PLAIN) >= 40, "plain fields all show");
    assertTrue(benignHtml.occurrences(BENIGN_PROSE) >= 20, "prose fields all show");
    return renderedCvs("html")
        .map(cv -> DynamicTest.dynamicTest(cv.displayName(), () -> checkHtml(cv)));
  }

  @TestFactory
  Stream<DynamicTest> markdownShowsEachPayloadAsTextAndHasNoRawHtml() {
    assertTrue(benignMarkdown.occurrences(BENIGN_PLAIN) >= 40, "plain fields all show");
    assertTrue(benignMarkdown.occurrences(BENIGN_PROSE) >= 20, "prose fields all show");
    return renderedCvs("md")
        .map(cv -> DynamicTest.dynamicTest(cv.displayName(), () -> checkMarkdown(cv)));
  }

  private static void checkHtml(RenderedCv cv) {
    Document document = Jsoup.parse(cv.output());
    Document benign = Jsoup.parse(rendered(BENIGN, "html").orElseThrow());
    Map<String, Long> tags = tagCounts(document);
    Map<String, Long> benignTags = tagCounts(benign);
    for (String tag : union(tags.keySet(), benignTags.keySet())) {
      if (!MAY_DIFFER.contains(tag)) {
        assertEquals(benignTags.get(tag), tags.get(tag), () -> "<" + tag + ">\n" + cv.output());
      }
    }
    assertEquals(1, document.select("style").size(), cv.output());
    assertEquals(0, document.select("script, iframe, object, embed, img, svg, math, base").size());
    Set<String> benignAttributes = attributeNames(benign);
    for (Element element : document.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertTrue(
            benignAttributes.contains(name) && !name.startsWith("on"),
            () -> "attribute " + attribute + " on <" + element.tagName() + ">\n" + cv.output());
        if (name.equals("href") || name.equals("src")) {
          assertTrue(
              ALLOWED_SCHEMES.contains(scheme(attribute.getValue())),
              () -> "link " + attribute + "\n" + cv.output());
        }
      }
    }
    assertShowsThePayload(cv, readHtml(cv.output()), benignHtml);
  }

  private static void checkMarkdown(RenderedCv cv) {
    Reading read = readMarkdown(cv.output());
    assertEquals(List.of(), read.unsafe(), cv.output());
    for (String destination : read.links()) {
      assertTrue(
          ALLOWED_SCHEMES.contains(scheme(destination)),
          () -> "link to " + destination + "\n" + cv.output());
    }
    assertShowsThePayload(cv, read, benignMarkdown);
  }

  /**
   * The payload shows once per plain field, as often as the benign CV shows its plain words; in
   * prose fields, what the markup parser read of it (itself, unless it holds the DSL's own markup)
   * shows once per field, as often as the benign CV shows its prose.
   */
  private static void assertShowsThePayload(RenderedCv cv, Reading read, Reading benign) {
    String shown = shown(cv.payload());
    int plainFields = benign.occurrences(BENIGN_PLAIN);
    if (!cv.inProse()) {
      assertOccurs(read, shown, plainFields);
      return;
    }
    int proseFields = benign.occurrences(BENIGN_PROSE);
    List<Text> parsed = MarkupParser.paragraphs("summary", cv.payload()).value();
    assertEquals(1, parsed.size(), "one paragraph");
    String prose = shown(parsed.get(0).plainText());
    if (prose.equals(shown)) {
      assertOccurs(read, shown, plainFields + proseFields);
    } else {
      assertOccurs(read, shown, plainFields);
      assertOccurs(read, prose, proseFields + (shown.contains(prose) ? plainFields : 0));
    }
  }

  private static void assertOccurs(Reading read, String words, int expected) {
    int found = read.occurrences(words);
    assertTrue(
        found >= expected, () -> found + " of " + expected + " times " + words + " in\n" + read);
  }

  /** A rendered CV with a payload: in every field, or in plain fields only. */
  private record RenderedCv(String name, String payload, boolean inProse, String output) {
    String displayName() {
      return name + ": " + payload.replaceAll("\\p{Cntrl}", "?");
    }
  }

  private static Stream<RenderedCv> renderedCvs(String extension) {
    List<RenderedCv> cvs = new ArrayList<>();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String payload = PAYLOADS.get(i);
      cvs.add(
          refusedByParser.contains(i)
              ? new RenderedCv(plainOnly(i), payload, false, output(plainOnly(i), extension))
              : new RenderedCv(everywhere(i), payload, true, output(everywhere(i), extension)));
    }
    return cvs.stream();
  }

  private static String output(String type, String extension) {
    return rendered(type, extension)
        .orElseThrow(() -> new AssertionError("no cv/" + type + "." + extension));
  }

  /** The texts a reader sees, block by block, and anything unsafe found on the way. */
  private record Reading(String text, List<String> links, List<String> unsafe) {
    /** How often {@code words} shows within one block, whitespace collapsed. */
    int occurrences(String words) {
      return Compilations.occurrences(text, words);
    }
  }

  private static Reading readHtml(String html) {
    StringBuilder text = new StringBuilder();
    // Each block on a line of its own, so that neighbours cannot make up an occurrence.
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              text.append(textNode.getWholeText());
            } else if (!INLINE.contains(node.nodeName())) {
              text.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof TextNode) && !INLINE.contains(node.nodeName())) {
              text.append('\n');
            }
          }
        },
        Jsoup.parse(html).body());
    String blocks =
        text.toString().lines().map(XssTextFieldsTest::collapse).collect(Collectors.joining("\n"));
    return new Reading(blocks, List.of(), List.of());
  }

  private static Reading readMarkdown(String markdown) {
    StringBuilder text = new StringBuilder();
    List<String> links = new ArrayList<>();
    List<String> unsafe = new ArrayList<>();
    Parser.builder()
        .build()
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Paragraph paragraph) {
                block(paragraph);
              }

              @Override
              public void visit(Heading heading) {
                block(heading);
              }

              private void block(org.commonmark.node.Node block) {
                StringBuilder words = new StringBuilder();
                inline(block, words);
                text.append(collapse(words.toString())).append('\n');
                visitChildren(block);
              }

              private void inline(org.commonmark.node.Node node, StringBuilder words) {
                for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
                  if (child instanceof org.commonmark.node.Text plain) {
                    words.append(plain.getLiteral());
                  } else if (child instanceof Code code) {
                    words.append(code.getLiteral());
                  } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                    words.append(' ');
                  } else {
                    inline(child, words);
                  }
                }
              }

              @Override
              public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
              }

              @Override
              public void visit(Image image) {
                unsafe.add("image " + image.getDestination());
              }

              @Override
              public void visit(HtmlInline html) {
                unsafe.add("inline HTML " + html.getLiteral());
              }

              @Override
              public void visit(HtmlBlock html) {
                unsafe.add("HTML block " + html.getLiteral());
              }
            });
    return new Reading(text.toString(), links, unsafe);
  }

  /**
   * What a reader should see of the author's text: a text is one paragraph, so each run of
   * whitespace shows as one space; a control character, which no format can carry, as U+FFFD.
   */
  private static String shown(String payload) {
    StringBuilder out = new StringBuilder();
    payload
        .codePoints()
        .map(
            c ->
                Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c)
                    ? 0xFFFD
                    : c)
        .forEach(out::appendCodePoint);
    return collapse(out.toString());
  }

  private static String collapse(String text) {
    return text.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  /** The scheme of a URL, lower case, or "" when it has none. */
  private static String scheme(String url) {
    int colon = url.indexOf(':');
    String scheme = colon < 0 ? "" : url.substring(0, colon);
    return scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") ? scheme.toLowerCase(Locale.ROOT) : "";
  }

  private static Map<String, Long> tagCounts(Document document) {
    return document.getAllElements().stream()
        .filter(element -> element != document)
        .collect(Collectors.groupingBy(Element::tagName, TreeMap::new, Collectors.counting()));
  }

  private static Set<String> attributeNames(Document document) {
    return document.getAllElements().stream()
        .flatMap(element -> element.attributes().asList().stream())
        .map(attribute -> attribute.getKey().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static String everywhere(int payload) {
    return String.format(Locale.ROOT, "XssEverywhere%02d", payload);
  }

  private static String plainOnly(int payload) {
    return String.format(Locale.ROOT, "XssPlain%02d", payload);
  }

  private static JavaFileObject cvSource(String type, String plain, String prose) {
    return source(
        type, String.format(Locale.ROOT, CV_TEMPLATE, javaString(plain), javaString(prose), type));
  }

  /** {@code text} as a Java string literal. */
  private static String javaString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < ' ') {
            // Octal, three digits: a Unicode escape of a control would be read before the literal.
            out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String typeOf(JavaFileObject file) {
    String path = file.toUri().getPath();
    return path.substring(path.lastIndexOf('/') + 1).replace(".java", "");
  }

  private static Optional<String> rendered(String type, String extension) {
    return accepted
        .generatedFile(StandardLocation.CLASS_OUTPUT, "", "cv/" + type + "." + extension)
        .map(XssTextFieldsTest::read);
  }

  private static String read(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
