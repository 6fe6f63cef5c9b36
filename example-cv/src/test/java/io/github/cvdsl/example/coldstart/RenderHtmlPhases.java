package io.github.cvdsl.example.coldstart;

import io.github.cvdsl.example.KuraCvModel;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.render.CharacterRenderer;
import io.github.cvdsl.render.Renderers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Does what {@link RenderHtml} does, one step at a time, and prints the CPU time its thread spent
 * in each, in microseconds, on one line: before {@code main}, loading the model, {@code
 * Renderers.byId("html")}, the first render, writing the file, and the same render again. The time
 * of one thread is not disturbed by other programs on the machine as wall time is, and leaves out
 * the JIT compiler's and the garbage collector's threads. Reads {@code /proc/thread-self/schedstat},
 * so Linux only; prints nothing elsewhere.
 */
public final class RenderHtmlPhases {
  private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

  private RenderHtmlPhases() {}

  /**
   * Writes {@code KuraCv.html} into the folder {@code args[0]} and prints the times.
   *
   * @param args the output folder
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (!Files.isReadable(SCHEDSTAT)) {
      return;
    }
    long[] nanos = new long[6];
    nanos[0] = threadCpuNanos();
    Cv cv = KuraCvModel.cv();
    nanos[1] = threadCpuNanos();
    CharacterRenderer renderer = Renderers.characterRenderer("html");
    nanos[2] = threadCpuNanos();
    StringWriter html = new StringWriter();
    renderer.render(cv, html);
    nanos[3] = threadCpuNanos();
    try (Writer out =
        Files.newBufferedWriter(Path.of(args[0], "KuraCv.html"), StandardCharsets.UTF_8)) {
      out.write(html.toString());
    }
    nanos[4] = threadCpuNanos();
    renderer.render(cv, new StringWriter());
    nanos[5] = threadCpuNanos();
    // No string concatenation, no formatting: either would bootstrap code of its own here.
    StringBuilder line = new StringBuilder().append(nanos[0] / 1000);
    for (int i = 1; i < 6; i++) {
      line.append(' ').append((nanos[i] - nanos[i - 1]) / 1000);
    }
    System.out.println(line);
  }

  /** The first field of schedstat: the nanoseconds this thread has run on a CPU. */
  private static long threadCpuNanos() throws IOException {
    String stat = new String(Files.readAllBytes(SCHEDSTAT), StandardCharsets.US_ASCII);
    return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
  }
}
