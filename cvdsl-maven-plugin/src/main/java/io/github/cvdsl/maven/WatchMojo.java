package io.github.cvdsl.maven;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Serves the CV at {@code http://localhost:<port>/} and updates the open page on every save of a
 * source: each change compiles the project's sources again in this JVM, with the cvdsl processor
 * of this plugin's version, the project's compile class path and its {@code -A} processor options,
 * and writes the rendered files where a build writes them. Mistakes show in the page, over the CV
 * as it last compiled. Stops with Ctrl-C.
 */
@Mojo(
    name = "watch",
    requiresProject = true,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class WatchMojo extends AbstractMojo {
  static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";

  /** The port the preview listens on, on 127.0.0.1 only. */
  @Parameter(property = "cvdsl.port", defaultValue = "8035")
  private int port;

  /** The simple name of the {@code @Cv} type shown at {@code /}; by default the only one. */
  @Parameter(property = "cvdsl.cv")
  private String cv;

  /** How long to wait after a change for further changes before compiling, in milliseconds. */
  @Parameter(property = "cvdsl.debounce", defaultValue = "25")
  private long debounceMillis;

  /** The encoding of the sources. */
  @Parameter(property = "encoding", defaultValue = "${project.build.sourceEncoding}")
  private String encoding;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (port < 0 || port > 65535) {
      throw new MojoFailureException(
          "cvdsl.port=" + port + " is not a port: write a number from 1 to 65535, e.g. 8035");
    }
    Path outputDirectory = Path.of(project.getBuild().getOutputDirectory());
    List<Path> sourceRoots = sourceRoots();
    CvCompiler compiler =
        new CvCompiler(
            project.getBasedir().toPath(),
            sourceRoots,
            classPath(outputDirectory),
            ProcessorOptions.withHtml(ProcessorOptions.of(compilerArgs())),
            charset());
    LivePreview preview =
        new LivePreview(
            compiler,
            sourceRoots,
            new LivePreview.Settings(port, blankToNull(cv), debounceMillis, outputDirectory),
            new LivePreview.Log() {
              @Override
              public void info(String message) {
                getLog().info(message);
              }

              @Override
              public void warn(String message) {
                getLog().warn(message);
              }
            });
    try {
      preview.start();
    } catch (PreviewServer.PortInUseException e) {
      closeQuietly(preview);
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      closeQuietly(preview);
      throw new MojoExecutionException("Could not start the preview: " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stopper =
        new Thread(
            () -> {
              closeQuietly(preview);
              getLog().info("cvdsl:watch stopped");
              stopped.countDown();
            },
            "cvdsl-watch-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    getLog().info("Watching " + sourceRoots + " (Ctrl-C stops)");
    getLog().info("Preview: " + preview.uri());
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Runtime.getRuntime().removeShutdownHook(stopper);
      closeQuietly(preview);
    }
  }

  private List<Path> sourceRoots() {
    // Sources a processor generated in an earlier build would clash with those it generates now.
    Path generated =
        Path.of(project.getBuild().getDirectory(), "generated-sources", "annotations");
    List<Path> roots = new ArrayList<>();
    for (String root : project.getCompileSourceRoots()) {
      Path path = Path.of(root).toAbsolutePath().normalize();
      if (!path.startsWith(generated)) {
        roots.add(path);
      }
    }
    return roots;
  }

  private List<Path> classPath(Path outputDirectory) throws MojoExecutionException {
    List<Path> classPath = new ArrayList<>();
    try {
      for (String element : project.getCompileClasspathElements()) {
        Path path = Path.of(element).toAbsolutePath().normalize();
        // Classes of an earlier build must never stand in for the sources being compiled.
        if (!path.equals(outputDirectory.toAbsolutePath().normalize())) {
          classPath.add(path);
        }
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The compile class path is not resolved", e);
    }
    return classPath;
  }

  /** The compiler arguments the project gives maven-compiler-plugin for its main sources. */
  private List<String> compilerArgs() {
    List<String> args = new ArrayList<>();
    Plugin compilerPlugin = project.getPlugin(COMPILER_PLUGIN);
    if (compilerPlugin == null) {
      return args;
    }
    addCompilerArgs(compilerPlugin.getConfiguration(), args);
    for (PluginExecution execution : compilerPlugin.getExecutions()) {
      if ("default-compile".equals(execution.getId())) {
        addCompilerArgs(execution.getConfiguration(), args);
      }
    }
    return args;
  }

  private static void addCompilerArgs(Object configuration, List<String> args) {
    if (!(configuration instanceof Xpp3Dom dom)) {
      return;
    }
    Xpp3Dom compilerArgs = dom.getChild("compilerArgs");
    if (compilerArgs != null) {
      for (Xpp3Dom arg : compilerArgs.getChildren()) {
        if (arg.getValue() != null) {
          args.add(arg.getValue().strip());
        }
      }
    }
    Xpp3Dom compilerArgument = dom.getChild("compilerArgument");
    if (compilerArgument != null && compilerArgument.getValue() != null) {
      args.addAll(List.of(compilerArgument.getValue().strip().split("\\s+")));
    }
  }

  private Charset charset() throws MojoFailureException {
    if (encoding == null || encoding.isBlank()) {
      getLog().warn("No project.build.sourceEncoding: reading sources as UTF-8");
      return java.nio.charset.StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new MojoFailureException(
          "The source encoding " + encoding + " is unknown: write e.g. UTF-8");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private void closeQuietly(LivePreview preview) {
    try {
      preview.close();
    } catch (IOException | RuntimeException e) {
      getLog().debug("While stopping the preview", e);
    }
  }
}
