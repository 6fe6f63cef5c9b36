package io.github.cvdsl.example.coldstart;

import io.github.cvdsl.example.KuraCvModel;
import io.github.cvdsl.render.Renderers;
import java.io.IOException;
import java.nio.file.Path;

/** What a user's program does to render the CV once: load the model, render HTML to a file. */
public final class RenderHtml {
  private RenderHtml() {}

  /**
   * Writes {@code KuraCv.html} into the folder {@code args[0]}.
   *
   * @param args the output folder
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Renderers.byId("html").render(KuraCvModel.cv(), Path.of(args[0], "KuraCv.html"));
  }
}
