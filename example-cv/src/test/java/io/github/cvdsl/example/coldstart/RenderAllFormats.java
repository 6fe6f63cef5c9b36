package io.github.cvdsl.example.coldstart;

import io.github.cvdsl.example.KuraCvModel;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.Renderers;
import java.io.IOException;
import java.nio.file.Path;

/** Loads the model once and renders Markdown, HTML and plain text, each to its own file. */
public final class RenderAllFormats {
  // The file names are written out: a string concatenation here would time its own bootstrap.
  private static final String[] IDS = {"markdown", "html", "text"};
  private static final String[] FILES = {"KuraCv.md", "KuraCv.html", "KuraCv.txt"};

  private RenderAllFormats() {}

  /**
   * Writes {@code KuraCv.md}, {@code KuraCv.html} and {@code KuraCv.txt} into the folder {@code
   * args[0]}.
   *
   * @param args the output folder
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Cv cv = KuraCvModel.cv();
    for (int i = 0; i < IDS.length; i++) {
      Renderers.byId(IDS[i]).render(cv, Path.of(args[0], FILES[i]));
    }
  }
}
