package io.github.cvdsl.example.coldstart;

import io.github.cvdsl.example.KuraCvModel;

/** Loads the example CV's model and nothing more: what a program pays before it renders. */
public final class LoadModel {
  private LoadModel() {}

  /**
   * Loads the model and prints the CV's name, so that the load cannot be skipped.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(KuraCvModel.cv().name());
  }
}
