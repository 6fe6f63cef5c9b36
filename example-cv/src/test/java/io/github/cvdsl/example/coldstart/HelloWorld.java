package io.github.cvdsl.example.coldstart;

/** The baseline of {@link ColdStartBenchmark}: a Java program that does nothing but print. */
public final class HelloWorld {
  private HelloWorld() {}

  /**
   * Prints a greeting.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("Hello, world");
  }
}
