package io.github.cvdsl.render.markdown;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Highlight;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Span;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.CvFixtures;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Renderers;
import io.github.cvdsl.render.internal.CvView;
import io.github.cvdsl.render.internal.DatesFormatter;
import io.github.cvdsl.render.internal.DatesView;
import io.github.cvdsl.render.internal.EntryParts;
import io.github.cvdsl.render.internal.SectionView;
import io.github.cvdsl.render.internal.TemplateSet;
import io.github.cvdsl.render.internal.TidyWriter;
import io.github.cvdsl.render.internal.ViewBuilder;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the Markdown renderer's parts cost on the 10,000-entry CV, each alone, alternating in one
 * JVM: the renderer; a walk that reads every entry's paragraphs, each span and one character of
 * each of its strings, and does nothing else; Mustache and the tidy writer filling the templates
 * from views built beforehand; and the entries written straight from the model as the Markdown
 * templates lay them out, paragraphs with the renderer's inline formatting, but with no views,
 * templates or tidying (headings, roles and facts are not escaped). Not a unit test; run it with
 *
 * <pre>
 * mvn -B -ntp -pl cv-renderers -am test-compile exec:exec -Dbenchmark=renderers \
 *     -Dbenchmark.class=io.github.cvdsl.render.markdown.FloorBenchmark
 * </pre>
 */
public final class FloorBenchmark {

  private static final int WARM_UP_ROUNDS = 10;
  private static final int MEASURED_ROUNDS = 15;

  private final Cv cv = CvFixtures.synthetic(10_000);
  private final RenderOptions options = RenderOptions.defaults();
  private final MarkdownEscaper escaper = new MarkdownEscaper();
  private final MarkdownInline inline = new MarkdownInline(escaper);
  private final Renderer renderer = Renderers.byId(MarkdownRenderer.ID);
  private final TemplateSet templates =
      new TemplateSet(MarkdownRenderer.ID, options.theme(), escaper);
  private final CvView views = allViews();
  // Keeps what each part computes, so that the JIT cannot drop the work.
  private long sink;

  private FloorBenchmark() {}

  /**
   * Prints the median time of each part.
   *
   * @param args ignored
   * @throws IOException never: the output is discarded
   */
  public static void main(String[] args) throws IOException {
    new FloorBenchmark().run();
  }

  private interface Part {
    void run() throws IOException;
  }

  private void run() throws IOException {
    List<String> names = List.of("renderer", "walk", "templates", "direct");
    List<Part> parts =
        List.of(
            () -> renderer.render(cv, Writer.nullWriter()),
            () -> sink += walk(),
            () -> {
              TidyWriter tidy = new TidyWriter((chars, length) -> sink += length);
              templates.execute(views, tidy);
              tidy.finish();
            },
            () -> sink += direct());
    long[][] nanos = new long[parts.size()][MEASURED_ROUNDS];
    for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
      for (int p = 0; p < parts.size(); p++) {
        long start = System.nanoTime();
        parts.get(p).run();
        long elapsed = System.nanoTime() - start;
        if (round >= WARM_UP_ROUNDS) {
          nanos[p][round - WARM_UP_ROUNDS] = elapsed;
        }
      }
    }
    for (int p = 0; p < parts.size(); p++) {
      Arrays.sort(nanos[p]);
      System.out.printf(
          Locale.ROOT, "%-10s %8.1f ms%n", names.get(p), nanos[p][MEASURED_ROUNDS / 2] / 1e6);
    }
    System.out.printf(Locale.ROOT, "(%d)%n", sink % 10);
  }

  /** The views of the whole CV, every entry's made now rather than as templates reach it. */
  private CvView allViews() {
    CvView lazy =
        new ViewBuilder(options, inline, new DatesFormatter(options.dateStyle(), cv.locale()))
            .build(cv);
    List<SectionView> sections = new ArrayList<>();
    for (SectionView section : lazy.sections()) {
      sections.add(
          new SectionView(
              section.title(),
              section.titleUnderline(),
              section.summary(),
              section.groups(),
              List.copyOf(section.entries())));
    }
    return new CvView(
        lazy.lang(),
        lazy.name(),
        lazy.nameUnderline(),
        lazy.label(),
        lazy.contacts(),
        lazy.contactLine(),
        lazy.summary(),
        sections);
  }

  /** Reads every span of every entry's paragraphs and one character of each string. */
  private long walk() {
    long read = 0;
    for (Section section : cv.sections()) {
      for (Entry entry : section.entries()) {
        EntryParts parts = EntryParts.of(entry);
        read += parts.heading().length();
        read += walkParagraphs(parts.summary());
        for (HighlightGroup group : parts.highlights()) {
          read += group.title().map(title -> walkSpans(title.spans())).orElse(0L);
          for (Highlight highlight : group.highlights()) {
            read += walkSpans(highlight.text().spans()) + walkParagraphs(highlight.details());
          }
        }
      }
    }
    return read;
  }

  private static long walkParagraphs(List<Text> paragraphs) {
    long read = 0;
    for (Text paragraph : paragraphs) {
      read += walkSpans(paragraph.spans());
    }
    return read;
  }

  private static long walkSpans(List<Span> spans) {
    long read = 0;
    for (Span span : spans) {
      if (span instanceof Span.Plain plain) {
        String text = plain.text();
        read += text.isEmpty() ? 0 : text.charAt(text.length() - 1);
      } else if (span instanceof Span.Strong strong) {
        read += walkSpans(strong.children());
      } else if (span instanceof Span.Emphasis emphasis) {
        read += walkSpans(emphasis.children());
      } else if (span instanceof Span.Code code) {
        read += code.code().length();
      } else if (span instanceof Span.Link link) {
        read += walkSpans(link.label()) + link.url().value().length();
      }
    }
    return read;
  }

  /** The CV's entries as the Markdown templates lay them out, written straight from the model. */
  private long direct() {
    DatesFormatter dates = new DatesFormatter(options.dateStyle(), cv.locale());
    StringBuilder out = new StringBuilder(1 << 16);
    long written = 0;
    for (Section section : cv.sections()) {
      for (Entry entry : section.entries()) {
        EntryParts parts = EntryParts.of(entry);
        out.append("### ").append(parts.heading()).append("\n\n");
        Optional<DatesView> shown = dates.format(parts.dates());
        out.append(parts.role().orElse(""))
            .append(" • ")
            .append(shown.map(DatesView::text).orElse(""))
            .append("\n\n");
        for (String fact : parts.facts()) {
          out.append(fact).append("\n\n");
        }
        for (Text paragraph : parts.summary()) {
          inline.format(paragraph, out);
          out.append("\n\n");
        }
        for (HighlightGroup group : parts.highlights()) {
          if (group.title().isPresent()) {
            inline.format(group.title().get(), out);
            out.append("\n\n");
          }
          for (Highlight highlight : group.highlights()) {
            out.append("- ");
            inline.format(highlight.text(), out);
            out.append('\n');
            for (Text detail : highlight.details()) {
              out.append("  - ");
              inline.format(detail, out);
              out.append('\n');
            }
          }
        }
        out.append('\n');
        // Passed on in pieces, as a renderer's buffer would be.
        if (out.length() > 1 << 15) {
          written += out.length();
          out.setLength(0);
        }
      }
    }
    return written + out.length();
  }
}
