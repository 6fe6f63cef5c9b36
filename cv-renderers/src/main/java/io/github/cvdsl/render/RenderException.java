package io.github.cvdsl.render;

/**
 * A CV could not be rendered: an unknown renderer id, a theme that does not exist, or a template
 * that is missing or broken. The message names the renderer, theme or template file at fault, so
 * that an annotation processor can show it to the author as it is.
 */
public class RenderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message meant for the CV's author.
   *
   * @param message what went wrong and where
   */
  public RenderException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message meant for the CV's author and its cause.
   *
   * @param message what went wrong and where
   * @param cause the underlying failure
   */
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
