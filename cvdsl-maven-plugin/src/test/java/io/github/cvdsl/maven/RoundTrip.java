package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resume imported, compiled with the processor and exported again by the json-resume renderer,
 * and the comparison of what came back with what went in.
 */
final class RoundTrip {
  static final String TYPE = "org.example.cv.MyCv";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** What JSON Resume has and the DSL does not: left out of the comparison. */
  private static final Set<String> NOT_CARRIED = Set.of("/$schema", "/meta", "/basics/image");

  final String source;
  final Compilation compilation;
  final String exported;

  private RoundTrip(String source, Compilation compilation, String exported) {
    this.source = source;
    this.compilation = compilation;
    this.exported = exported;
  }

  /** Imports {@code json} (which must import without problems), compiles it and exports it. */
  static RoundTrip of(String json) throws IOException {
    ResumeImporter.Result result = ResumeImporter.importResume(json, TYPE, false);
    assertEquals(List.of(), result.problems(), json);
    String source = result.source().orElseThrow();
    Compilation compilation = compile(source);
    assertEquals(List.of(), compilation.problems(), source);
    byte[] exported = compilation.rendered().get("cv/MyCv.json");
    assertTrue(exported != null, "rendered " + compilation.rendered().keySet());
    return new RoundTrip(source, compilation, new String(exported, StandardCharsets.UTF_8));
  }

  static Compilation compile(String source) throws IOException {
    java.nio.file.Path project = java.nio.file.Files.createTempDirectory("cvdsl-round-trip-");
    try {
      java.nio.file.Path sources = project.resolve("src/main/java");
      java.nio.file.Path file = sources.resolve(TYPE.replace('.', '/') + ".java");
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(file, source, StandardCharsets.UTF_8);
      try (CvCompiler compiler =
          new CvCompiler(
              project,
              List.of(sources),
              ExampleProject.classPath(),
              List.of("-Acvdsl.render=json-resume"),
              StandardCharsets.UTF_8,
              RoundTrip.class.getClassLoader(),
              true)) {
        return compiler.compile();
      }
    } finally {
      CvCompiler.deleteTree(project);
    }
  }

  /**
   * Each non-empty value of {@code original} that is not at the same JSON Pointer in the export,
   * as {@code pointer: expected != actual}; empty when every one came back.
   */
  List<String> lostValues(String original) {
    List<String> lost = new ArrayList<>();
    compare(MAPPER.readTree(original), MAPPER.readTree(exported), "", lost);
    return lost;
  }

  private static void compare(JsonNode expected, JsonNode actualRoot, String pointer, List<String> lost) {
    if (NOT_CARRIED.contains(pointer)) {
      return;
    }
    if (expected.isObject()) {
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        compare(field.getValue(), actualRoot, pointer + "/" + escape(field.getKey()), lost);
      }
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        compare(expected.get(i), actualRoot, pointer + "/" + i, lost);
      }
    } else if (!(expected.isString() && expected.asString().isBlank()) && !expected.isNull()) {
      JsonNode actual = actualRoot.at(pointer);
      if (!expected.equals(actual)) {
        lost.add(pointer + ": " + expected + " != " + (actual.isMissingNode() ? "(none)" : actual));
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
