package io.github.cvdsl.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pages the preview serves: a rendered CV with the live-update script and, after a failed
 * compilation, the messages over it; an index when there are several CVs; a page of its own while
 * no CV has rendered yet.
 */
final class PreviewPages {
  private static final String SCRIPT = resource("preview.js");
  private static final String STYLE = resource("preview.css");

  private PreviewPages() {}

  /** The CV's rendered HTML with the live parts added; the messages shown if there are any. */
  static String cvPage(String renderedHtml, long version, List<Problem> problems) {
    String head = liveHead(version);
    String html = insertBefore(renderedHtml, "</head>", head, true);
    if (!problems.isEmpty()) {
      html = insertBefore(html, "</body>", problemsPanel(problems, true), false);
    }
    return html;
  }

  /** A page that links each CV, for a project with several. */
  static String index(List<String> cvNames, long version, List<Problem> problems) {
    StringBuilder body = new StringBuilder("<h1>CVs in this project</h1>\n<ul>\n");
    for (String name : cvNames) {
      body.append("<li><a href=\"/cv/")
          .append(escape(name))
          .append("\">")
          .append(escape(name))
          .append("</a></li>\n");
    }
    body.append("</ul>\n<p>Open one directly with <code>-Dcvdsl.cv=&lt;Type&gt;</code>.</p>\n");
    return standalone("cvdsl preview", body.toString(), version, problems, true);
  }

  /** A page that says why there is no CV to show, with the messages of the last compilation. */
  static String noCv(String reason, long version, List<Problem> problems) {
    String body = "<h1>cvdsl preview</h1>\n<p>" + escape(reason) + "</p>\n";
    return standalone("cvdsl preview", body, version, problems, false);
  }

  private static String standalone(
      String title, String body, long version, List<Problem> problems, boolean hasRendering) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>"
        + escape(title)
        + "</title>\n"
        + liveHead(version)
        + "</head>\n<body style=\"font-family: system-ui, sans-serif; margin: 2rem;\">\n"
        + body
        + (problems.isEmpty() ? "" : problemsPanel(problems, hasRendering))
        + "</body>\n</html>\n";
  }

  private static String liveHead(long version) {
    return "<meta name=\"cvdsl-version\" content=\""
        + version
        + "\">\n<style>\n"
        + STYLE
        + "</style>\n<script id=\"cvdsl-live\">\n"
        + SCRIPT
        + "</script>\n";
  }

  /** The messages as a panel fixed over the top of the page. */
  static String problemsPanel(List<Problem> problems, boolean overRendering) {
    long errors = problems.stream().filter(Problem::error).count();
    long warnings = problems.size() - errors;
    StringBuilder panel = new StringBuilder();
    panel.append("<div id=\"cvdsl-problems\" role=\"alert\"")
        .append(errors == 0 ? " class=\"cvdsl-warnings-only\"" : "")
        .append(">\n<h2>")
        .append(escape(summary(errors, warnings)));
    if (errors > 0) {
      panel.append(
          overRendering
              ? " — below is the CV as it last compiled"
              : " — no CV has compiled yet");
    }
    panel.append("</h2>\n");
    for (Problem problem : problems) {
      panel.append("<div class=\"cvdsl-problem\">\n<p class=\"cvdsl-where\">");
      if (!problem.location().isEmpty()) {
        panel.append(escape(problem.location())).append(": ");
      }
      panel
          .append("<span class=\"cvdsl-kind-")
          .append(problem.error() ? "error\">error" : "warning\">warning")
          .append("</span></p>\n<p class=\"cvdsl-message\">")
          .append(escape(problem.message()))
          .append("</p>\n");
      if (!problem.sourceLine().isEmpty()) {
        panel
            .append("<pre class=\"cvdsl-source\">")
            .append(escape(problem.sourceLine()))
            .append('\n')
            .append(" ".repeat((int) Math.max(0, problem.column() - 1)))
            .append("<span class=\"cvdsl-caret\">^</span></pre>\n");
      }
      panel.append("</div>\n");
    }
    return panel.append("</div>\n").toString();
  }

  private static String summary(long errors, long warnings) {
    StringBuilder text = new StringBuilder();
    if (errors > 0) {
      text.append(errors).append(errors == 1 ? " error" : " errors");
    }
    if (warnings > 0) {
      text.append(text.length() > 0 ? ", " : "")
          .append(warnings)
          .append(warnings == 1 ? " warning" : " warnings");
    }
    return text.toString();
  }

  /** Puts {@code insert} before the first (or last) {@code tag}, or at the end if it is absent. */
  private static String insertBefore(String html, String tag, String insert, boolean first) {
    String lower = html.toLowerCase(Locale.ROOT);
    int at = first ? lower.indexOf(tag) : lower.lastIndexOf(tag);
    if (at < 0) {
      return html + insert;
    }
    return html.substring(0, at) + insert + html.substring(at);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static Optional<String> cvName(String renderedPath) {
    String prefix = CvCompiler.RENDERED_FOLDER + "/";
    if (renderedPath.startsWith(prefix) && renderedPath.endsWith(".html")) {
      String name = renderedPath.substring(prefix.length(), renderedPath.length() - 5);
      return name.contains("/") ? Optional.empty() : Optional.of(name);
    }
    return Optional.empty();
  }

  private static String resource(String name) {
    try (InputStream in = PreviewPages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The plugin jar lacks " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
