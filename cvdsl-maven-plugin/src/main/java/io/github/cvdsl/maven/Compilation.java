package io.github.cvdsl.maven;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one compilation of the CV sources gave.
 *
 * @param succeeded whether javac and the processor reported no error
 * @param problems the errors and warnings, in javac's order
 * @param rendered the files the processor rendered, by path below the class output ({@code
 *     cv/KuraCv.html}), sorted
 * @param millis how long the compilation took
 * @param cpuMillis the processor time the compiling thread spent, which a busy machine inflates
 *     less than {@code millis}
 */
record Compilation(
    boolean succeeded,
    List<Problem> problems,
    Map<String, byte[]> rendered,
    long millis,
    long cpuMillis) {

  Compilation {
    problems = List.copyOf(problems);
    rendered = Collections.unmodifiableMap(new TreeMap<>(rendered));
  }

  long errorCount() {
    return problems.stream().filter(Problem::error).count();
  }
}
