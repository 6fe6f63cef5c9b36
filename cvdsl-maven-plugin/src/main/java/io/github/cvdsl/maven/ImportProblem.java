package io.github.cvdsl.maven;

/**
 * One problem of a {@code resume.json} the import found: where it is, as a JSON path such as
 * {@code $.work[2].startDate}, and what is wrong and what the DSL expects instead.
 *
 * @param path the JSON path of the value, {@code $} for the whole document
 * @param message what is wrong and what to write instead
 */
record ImportProblem(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
