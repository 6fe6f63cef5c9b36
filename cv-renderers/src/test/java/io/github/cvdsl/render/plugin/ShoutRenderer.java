package io.github.cvdsl.render.plugin;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.CharacterRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** A renderer that lives only in a test jar, as a third party's would, found by its services file. */
public final class ShoutRenderer implements CharacterRenderer {

  @Override
  public String id() {
    return "shout";
  }

  @Override
  public String extension() {
    return "shout";
  }

  @Override
  public void render(Cv cv, Writer out) throws IOException {
    out.write(cv.name().toUpperCase(Locale.ROOT) + "!\n");
  }
}
