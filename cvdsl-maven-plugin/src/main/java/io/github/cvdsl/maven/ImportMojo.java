package io.github.cvdsl.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Turns a JSON Resume ({@code resume.json}) into the source of a cvdsl CV, in any folder, with or
 * without a pom:
 *
 * <pre>
 * mvn io.github.cvdsl:cvdsl-maven-plugin:import -Dcvdsl.resume=resume.json -Dcvdsl.type=org.example.cv.MyCv
 * </pre>
 *
 * <p>writes {@code src/main/java/org/example/cv/MyCv.java}, which compiles with the cvdsl processor
 * with no error and no warning. The resume is checked against the JSON Resume schema 1.3.1 and
 * each value against the DSL's rules; each problem is reported with its JSON path and nothing is
 * written, unless {@code -Dcvdsl.lenient=true}. An existing file is never overwritten unless {@code
 * -Dcvdsl.force=true}.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public final class ImportMojo extends AbstractMojo {

  /** The JSON Resume file, relative to the current folder. */
  @Parameter(property = "cvdsl.resume", defaultValue = "resume.json")
  private File resume;

  /** The fully qualified name of the CV type to write, e.g. {@code org.example.cv.MyCv}. */
  @Parameter(property = "cvdsl.type", required = true)
  private String type;

  /** Whether to overwrite the source file when it exists. */
  @Parameter(property = "cvdsl.force", defaultValue = "false")
  private boolean force;

  /**
   * Whether to write what can be written when values are rejected, each marked with a {@code //
   * TODO} comment, rather than fail.
   */
  @Parameter(property = "cvdsl.lenient", defaultValue = "false")
  private boolean lenient;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path baseDir = Path.of(session.getExecutionRootDirectory());
    Path resumeFile = baseDir.resolve(resume.toPath());
    Path target =
        baseDir.resolve("src/main/java").resolve(type.replace('.', '/') + ".java").normalize();
    if (Files.exists(target) && !force) {
      throw new MojoFailureException(
          target + " exists: import writes a new file only; move it away, or add"
              + " -Dcvdsl.force=true to overwrite it");
    }
    String json;
    try {
      json = ResumeFiles.read(resumeFile);
    } catch (NoSuchFileException e) {
      throw new MojoFailureException(
          "No resume at " + resumeFile + ": name it with -Dcvdsl.resume=path/to/resume.json");
    } catch (CharacterCodingException e) {
      throw new MojoFailureException(resumeFile + " is not UTF-8 text, as JSON must be");
    } catch (IOException e) {
      throw new MojoExecutionException("Could not read " + resumeFile + ": " + e.getMessage(), e);
    }
    ResumeImporter.Result result;
    try {
      result = ResumeImporter.importResume(json, type, lenient);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("Could not check the imported source: " + e, e);
    }
    result.notes().forEach(note -> getLog().warn(resumeFile.getFileName() + " " + note));
    if (result.source().isEmpty()) {
      result.problems().forEach(problem -> getLog().error(resumeFile.getFileName() + " " + problem));
      throw new MojoFailureException(
          result.problems().size()
              + (result.problems().size() == 1 ? " problem" : " problems")
              + " in "
              + resumeFile
              + ", nothing written: fix "
              + (result.problems().size() == 1 ? "it" : "them")
              + ", or add -Dcvdsl.lenient=true to write what can be written with a // TODO at each"
              + " value left out");
    }
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, result.source().get(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write " + target + ": " + e.getMessage(), e);
    }
    getLog().info("Wrote " + target);
  }
}
