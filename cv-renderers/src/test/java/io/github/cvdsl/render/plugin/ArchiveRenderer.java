package io.github.cvdsl.render.plugin;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.CharacterRenderer;
import io.github.cvdsl.render.RenderOptions;
import io.github.cvdsl.render.Renderer;
import io.github.cvdsl.render.Renderers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A format of bytes that lives only in a test jar, as a third party's would: a ZIP of the CV in
 * Markdown, HTML and text, built on the public API alone.
 */
public final class ArchiveRenderer implements Renderer {

  /** The formats the archive holds, each as {@code cv.<extension>}. */
  public static final List<String> FORMATS = List.of("markdown", "html", "text");

  private static final FileTime EPOCH = FileTime.fromMillis(0);

  private final RenderOptions options;

  /** With default options; how {@link java.util.ServiceLoader} makes it. */
  public ArchiveRenderer() {
    this(RenderOptions.defaults());
  }

  private ArchiveRenderer(RenderOptions options) {
    this.options = options;
  }

  @Override
  public String id() {
    return "archive";
  }

  @Override
  public String extension() {
    return "zip";
  }

  @Override
  public Renderer withOptions(RenderOptions options) {
    return new ArchiveRenderer(options);
  }

  @Override
  public void render(Cv cv, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    for (String format : FORMATS) {
      CharacterRenderer renderer = Renderers.characterRenderer(format, options);
      ZipEntry entry = new ZipEntry("cv." + renderer.extension());
      entry.setLastModifiedTime(EPOCH);
      zip.putNextEntry(entry);
      zip.write(renderer.render(cv).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    zip.finish();
  }
}
