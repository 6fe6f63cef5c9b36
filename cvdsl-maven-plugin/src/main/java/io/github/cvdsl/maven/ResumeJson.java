package io.github.cvdsl.maven;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code resume.json} and checks it against the official JSON Resume schema 1.3.1, which
 * ships in this plugin's resources with its licence.
 */
final class ResumeJson {
  private static final String SCHEMA_RESOURCE = "jsonresume-schema-1.3.1/schema.json";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static volatile Schema schema;

  private ResumeJson() {}

  /**
   * The document (null when it is not a JSON object) and its problems: malformed JSON, or what the
   * schema rejects.
   */
  record Read(JsonNode document, List<ImportProblem> problems) {}

  static Read read(String json) {
    JsonNode document;
    try {
      document = MAPPER.readTree(json);
    } catch (JacksonException e) {
      return new Read(null, List.of(malformed(e)));
    }
    if (document == null || document.isMissingNode() || !document.isObject()) {
      return new Read(
          null,
          List.of(
              new ImportProblem(
                  "$",
                  "the document is not a JSON object: a resume.json holds one object, {\"basics\":"
                      + " {...}, \"work\": [...], ...}")));
    }
    List<ImportProblem> problems = new ArrayList<>();
    for (Error error : schema().validate(document)) {
      String path = error.getInstanceLocation().toString();
      problems.add(
          new ImportProblem(
              path.isEmpty() ? "$" : path,
              error.getMessage() + " (JSON Resume schema 1.3.1, " + error.getKeyword() + ")"));
    }
    return new Read(document, problems);
  }

  private static ImportProblem malformed(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String reason = e.getOriginalMessage();
    int newline = reason.indexOf('\n');
    if (newline >= 0) {
      reason = reason.substring(0, newline);
    }
    return new ImportProblem("$", "malformed JSON" + where + ": " + reason);
  }

  private static Schema schema() {
    Schema loaded = schema;
    if (loaded == null) {
      // Formats (email, uri) stay annotations, as draft-07 has them: every field with one is
      // checked by the processor's own rule, whose message says what the DSL expects.
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_7,
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder()
                          .formatAssertionsEnabled(false)
                          .pathType(PathType.JSON_PATH)
                          .build()));
      try (InputStream in = ResumeJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the plugin");
        }
        loaded = registry.getSchema(in, com.networknt.schema.InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      schema = loaded;
    }
    return loaded;
  }
}
