package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessorOptionsTest {

  @Test
  void keepsOnlyTheProcessorOptionsOfTheCompilerArguments() {
    assertEquals(
        List.of("-Acvdsl.render=markdown", "-Acvdsl.width=72"),
        ProcessorOptions.of(
            List.of("-Xlint:all", "-Acvdsl.render=markdown", "-parameters", "-A", "-Acvdsl.width=72")));
  }

  @Test
  void addsHtmlToTheRenderedFormatsAndKeepsTheOthers() {
    assertEquals(
        List.of("-Acvdsl.render=markdown,text,html", "-Acvdsl.width=72"),
        ProcessorOptions.withHtml(List.of("-Acvdsl.render=markdown,text", "-Acvdsl.width=72")));
    assertEquals(
        List.of("-Acvdsl.render=markdown, html ,text"),
        ProcessorOptions.withHtml(List.of("-Acvdsl.render=markdown, html ,text")));
    assertEquals(
        List.of("-Acvdsl.render=html"), ProcessorOptions.withHtml(List.of("-Acvdsl.render=")));
    assertEquals(
        List.of("-Acvdsl.theme=dark", "-Acvdsl.render=html"),
        ProcessorOptions.withHtml(List.of("-Acvdsl.theme=dark")));
  }

  @Test
  void rendersHtmlAloneForThePage() {
    assertEquals(
        List.of("-Acvdsl.width=72", "-Acvdsl.pdf.page=letter", "-Acvdsl.render=html"),
        ProcessorOptions.htmlOnly(
            List.of("-Acvdsl.width=72", "-Acvdsl.render=markdown,pdf", "-Acvdsl.pdf.page=letter")));
    assertEquals(List.of("-Acvdsl.render=html"), ProcessorOptions.htmlOnly(List.of()));
  }
}
