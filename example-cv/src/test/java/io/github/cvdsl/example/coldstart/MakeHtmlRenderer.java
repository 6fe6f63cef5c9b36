package io.github.cvdsl.example.coldstart;

import io.github.cvdsl.render.Renderers;

/**
 * Looks up the HTML renderer and renders nothing: what finding and preparing a renderer costs,
 * apart from the model and the render itself.
 */
public final class MakeHtmlRenderer {
  private MakeHtmlRenderer() {}

  /**
   * Prints the HTML renderer's file extension.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(Renderers.byId("html").extension());
  }
}
