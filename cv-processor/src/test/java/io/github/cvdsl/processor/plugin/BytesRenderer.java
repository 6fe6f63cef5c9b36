package io.github.cvdsl.processor.plugin;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A format of bytes on the processor path, as a third party's would be: a byte that no UTF-8 text
 * holds, then the CV's name in UTF-16, so that any trip through characters would change it.
 */
public final class BytesRenderer implements Renderer {

  /** What the output starts with. */
  public static final byte[] MAGIC = {(byte) 0xFF, 0x00, (byte) 0xC0};

  @Override
  public String id() {
    return "bytes";
  }

  @Override
  public String extension() {
    return "bin";
  }

  @Override
  public void render(Cv cv, OutputStream out) throws IOException {
    out.write(MAGIC);
    out.write(cv.name().getBytes(StandardCharsets.UTF_16BE));
  }
}
