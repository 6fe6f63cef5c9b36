package org.example.cv;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.DateStyle;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Renderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the CV in every format on the class path, with the README's run-time options. */
public final class RenderCv {
  public static void main(String[] args) throws IOException {
    Path folder = Files.createDirectories(Path.of(args[0]));
    Cv cv = MyCvModel.cv();
    RenderOptions options =
        RenderOptions.defaults()
            .withWidth(72)
            .withDateStyle(DateStyle.LONG)
            .withSectionTitle("Experience", "Work");
    for (String id : Renderers.ids()) {
      Renderer renderer = Renderers.byId(id, options);
      renderer.render(cv, folder.resolve("MyCv." + renderer.extension()));
    }
  }
}
