package io.github.cvdsl.render;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds renderers: the built-in {@code markdown}, {@code html} and {@code text}, and any other jar
 * on the class path that registers a {@link Renderer} as a service.
 *
 * <pre>{@code
 * Renderers.byId("pdf").render(cv, Path.of("cv.pdf"));           // any format, as bytes
 * String html = Renderers.characterRenderer("html").render(cv);   // a text format, as a string
 * }</pre>
 *
 * <p>Services are looked up with this library's own class loader unless one is given, never the
 * thread's context class loader, which inside javac is not the processor path. Nothing is cached
 * between calls: each call sees the class path as it is.
 */
public final class Renderers {

  private Renderers() {}

  /** The ids of all renderers on this library's class path, sorted. */
  public static List<String> ids() {
    return ids(defaultLoader());
  }

  /**
   * The ids of all renderers that {@code loader} can see, sorted.
   *
   * @param loader where to look for renderers
   * @return the ids, sorted
   */
  public static List<String> ids(ClassLoader loader) {
    return List.copyOf(byIdSorted(loader).keySet());
  }

  /**
   * The renderer called {@code id}, with default options.
   *
   * @param id e.g. {@code "markdown"}
   * @return the renderer
   * @throws RenderException if no renderer is called {@code id}; the message lists the known ids
   */
  public static Renderer byId(String id) {
    return byId(id, RenderOptions.defaults());
  }

  /**
   * The renderer called {@code id}, using {@code options}.
   *
   * @param id e.g. {@code "html"}
   * @param options width, date style, section titles, words and theme
   * @return the renderer
   * @throws RenderException if no renderer is called {@code id} (the message lists the known ids),
   *     or the theme has a missing or broken template
   */
  public static Renderer byId(String id, RenderOptions options) {
    return byId(id, options, defaultLoader());
  }

  /**
   * The renderer called {@code id} that {@code loader} can see, using {@code options}.
   *
   * @param id e.g. {@code "html"}
   * @param options width, date style, section titles, words and theme
   * @param loader where to look for renderers
   * @return the renderer
   * @throws RenderException if no renderer is called {@code id} (the message lists the known ids),
   *     or the theme has a missing or broken template
   */
  public static Renderer byId(String id, RenderOptions options, ClassLoader loader) {
    requireNonNull(id, "id");
    requireNonNull(options, "options");
    Map<String, Renderer> renderers = byIdSorted(loader);
    Renderer renderer = renderers.get(id);
    if (renderer == null) {
      throw new RenderException(
          "No renderer with id '" + id + "'; known ids: " + String.join(", ", renderers.keySet()));
    }
    return renderer.withOptions(options);
  }

  /**
   * The renderer called {@code id}, which writes text, with default options.
   *
   * @param id e.g. {@code "html"}
   * @return the renderer
   * @throws RenderException if no renderer is called {@code id}, or it writes bytes that are not
   *     text (such as a PDF)
   */
  public static CharacterRenderer characterRenderer(String id) {
    return characterRenderer(id, RenderOptions.defaults());
  }

  /**
   * The renderer called {@code id}, which writes text, using {@code options}.
   *
   * @param id e.g. {@code "html"}
   * @param options width, date style, section titles, words and theme
   * @return the renderer
   * @throws RenderException if no renderer is called {@code id}, it writes bytes that are not text
   *     (such as a PDF), or the theme has a missing or broken template
   */
  public static CharacterRenderer characterRenderer(String id, RenderOptions options) {
    Renderer renderer = byId(id, options);
    if (renderer instanceof CharacterRenderer characters) {
      return characters;
    }
    throw new RenderException(
        "The renderer '"
            + id
            + "' writes bytes, not text: call render(cv, OutputStream) or render(cv, Path)");
  }

  /**
   * One renderer of each id, sorted by id, using {@code options}.
   *
   * @param options width, date style, section titles, words and theme
   * @return the renderers
   */
  public static List<Renderer> all(RenderOptions options) {
    requireNonNull(options, "options");
    List<Renderer> all = new ArrayList<>();
    for (Renderer renderer : byIdSorted(defaultLoader()).values()) {
      all.add(renderer.withOptions(options));
    }
    return List.copyOf(all);
  }

  private static ClassLoader defaultLoader() {
    return Renderer.class.getClassLoader();
  }

  private static Map<String, Renderer> byIdSorted(ClassLoader loader) {
    requireNonNull(loader, "loader");
    Map<String, Renderer> renderers = new TreeMap<>();
    for (Renderer renderer : ServiceLoader.load(Renderer.class, loader)) {
      Renderer earlier = renderers.putIfAbsent(renderer.id(), renderer);
      // The same jar twice on a class path is harmless; two classes claiming one id is ambiguous.
      if (earlier != null && earlier.getClass() != renderer.getClass()) {
        throw new RenderException(
            "Two renderers claim the id '"
                + renderer.id()
                + "': "
                + earlier.getClass().getName()
                + " and "
                + renderer.getClass().getName());
      }
    }
    return renderers;
  }
}
