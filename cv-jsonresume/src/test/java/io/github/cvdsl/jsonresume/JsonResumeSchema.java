package io.github.cvdsl.jsonresume;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official JSON Resume schema 1.3.1 (shipped in the test resources with its licence), as a
 * validator; also used by the example's tests through this module's test jar.
 */
public final class JsonResumeSchema {
  private static final String RESOURCE = "jsonresume-schema-1.3.1/schema.json";

  private static final Schema SCHEMA = load();

  private JsonResumeSchema() {}

  private static Schema load() {
    // Formats (email, uri) are only annotations in draft-07 unless asserted: a theme or the
    // registry that checks them must accept the file too.
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = JsonResumeSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the schema rejects in {@code json}, one line per problem with its location.
   *
   * @param json a resume.json
   * @return the problems; empty when the schema accepts it
   */
  public static List<String> problems(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
