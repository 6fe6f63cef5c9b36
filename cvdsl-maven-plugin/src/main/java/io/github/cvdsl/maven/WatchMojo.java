package io.github.cvdsl.maven;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Serves the CV at {@code http://localhost:<port>/} and updates the open page on every save of a
 * source: each change compiles the project's sources again in this JVM, with the processors of
 * the project's processor path (maven-compiler-plugin's {@code annotationProcessorPaths}, or its
 * compile class path when it declares none), its compile class path and its {@code -A} processor
 * options, and writes the rendered files where a build writes them. Mistakes show in the page, over the CV
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

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Component private RepositorySystem repositorySystem;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (port < 0 || port > 65535) {
      throw new MojoFailureException(
          "cvdsl.port=" + port + " is not a port: write a number from 1 to 65535, e.g. 8035");
    }
    Path outputDirectory = Path.of(project.getBuild().getOutputDirectory());
    List<Path> sourceRoots = sourceRoots();
    List<Path> classPath = classPath(outputDirectory);
    URLClassLoader processorLoader = processorLoader(processorPath(classPath));
    List<String> buildOptions = ProcessorOptions.withHtml(ProcessorOptions.of(compilerArgs()));
    Charset charset = charset();
    Path basedir = project.getBasedir().toPath();
    CvCompiler compiler =
        new CvCompiler(
            basedir,
            sourceRoots,
            classPath,
            ProcessorOptions.htmlOnly(buildOptions),
            charset,
            processorLoader,
            true);
    CvCompiler buildCompiler =
        new CvCompiler(
            basedir, sourceRoots, classPath, buildOptions, charset, processorLoader, false);
    LivePreview preview =
        new LivePreview(
            compiler,
            buildCompiler,
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
      closeQuietly(preview, processorLoader);
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      closeQuietly(preview, processorLoader);
      throw new MojoExecutionException("Could not start the preview: " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stopper =
        new Thread(
            () -> {
              closeQuietly(preview, processorLoader);
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
      closeQuietly(preview, processorLoader);
    }
  }

  /**
   * The jars of maven-compiler-plugin's {@code annotationProcessorPaths} with their dependencies,
   * resolved as the compiler plugin resolves them; without that element, javac looks for processors
   * on the class path, and so does the preview.
   */
  private List<Path> processorPath(List<Path> classPath) throws MojoExecutionException {
    Xpp3Dom paths = compilerConfiguration("annotationProcessorPaths");
    if (paths == null) {
      return classPath;
    }
    CollectRequest request = new CollectRequest();
    request.setRepositories(project.getRemoteProjectRepositories());
    for (Xpp3Dom path : paths.getChildren()) {
      String groupId = childValue(path, "groupId");
      String artifactId = childValue(path, "artifactId");
      if (groupId == null || artifactId == null) {
        throw new MojoExecutionException(
            "An annotationProcessorPaths entry of maven-compiler-plugin lacks its groupId or"
                + " artifactId: write both, as for a dependency");
      }
      String version = childValue(path, "version");
      if (version == null) {
        version = managedVersion(groupId, artifactId);
      }
      String type = childValue(path, "type");
      String classifier = childValue(path, "classifier");
      request.addDependency(
          new org.eclipse.aether.graph.Dependency(
              new DefaultArtifact(
                  groupId,
                  artifactId,
                  classifier == null ? "" : classifier,
                  type == null ? "jar" : type,
                  version),
              "runtime"));
    }
    try {
      List<Path> jars = new ArrayList<>();
      for (ArtifactResult result :
          repositorySystem
              .resolveDependencies(repositorySession, new DependencyRequest(request, null))
              .getArtifactResults()) {
        jars.add(result.getArtifact().getFile().toPath());
      }
      return jars;
    } catch (DependencyResolutionException e) {
      throw new MojoExecutionException(
          "Could not resolve the annotationProcessorPaths of maven-compiler-plugin: "
              + e.getMessage(),
          e);
    }
  }

  private String managedVersion(String groupId, String artifactId) throws MojoExecutionException {
    if (project.getDependencyManagement() != null) {
      for (Dependency managed : project.getDependencyManagement().getDependencies()) {
        if (groupId.equals(managed.getGroupId()) && artifactId.equals(managed.getArtifactId())) {
          return managed.getVersion();
        }
      }
    }
    throw new MojoExecutionException(
        "The annotationProcessorPaths entry "
            + groupId
            + ":"
            + artifactId
            + " of maven-compiler-plugin has no version: write <version> in it");
  }

  /**
   * The processors' own class loader, as javac gives a processor path one: it sees the JDK (the
   * compiler's API included) and the processor path, never Maven's or this plugin's classes.
   */
  private static URLClassLoader processorLoader(List<Path> processorPath)
      throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (Path jar : processorPath) {
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("Not a usable processor path entry: " + jar, e);
      }
    }
    return new URLClassLoader(
        "cvdsl-processor-path", urls.toArray(URL[]::new), ClassLoader.getSystemClassLoader());
  }

  private static String childValue(Xpp3Dom parent, String name) {
    Xpp3Dom child = parent.getChild(name);
    return child == null || child.getValue() == null || child.getValue().isBlank()
        ? null
        : child.getValue().strip();
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
    for (Xpp3Dom configuration : compilerConfigurations()) {
      Xpp3Dom compilerArgs = configuration.getChild("compilerArgs");
      if (compilerArgs != null) {
        for (Xpp3Dom arg : compilerArgs.getChildren()) {
          if (arg.getValue() != null) {
            args.add(arg.getValue().strip());
          }
        }
      }
      Xpp3Dom compilerArgument = configuration.getChild("compilerArgument");
      if (compilerArgument != null && compilerArgument.getValue() != null) {
        args.addAll(List.of(compilerArgument.getValue().strip().split("\\s+")));
      }
    }
    return args;
  }

  /** The element {@code name} of the compiler's configuration for main sources, or null. */
  private Xpp3Dom compilerConfiguration(String name) {
    Xpp3Dom found = null;
    for (Xpp3Dom configuration : compilerConfigurations()) {
      Xpp3Dom child = configuration.getChild(name);
      if (child != null) {
        found = child; // the execution's own configuration wins over the plugin's
      }
    }
    return found;
  }

  /** maven-compiler-plugin's configuration, then its {@code default-compile} execution's. */
  private List<Xpp3Dom> compilerConfigurations() {
    List<Xpp3Dom> configurations = new ArrayList<>();
    Plugin compilerPlugin = project.getPlugin(COMPILER_PLUGIN);
    if (compilerPlugin == null) {
      return configurations;
    }
    if (compilerPlugin.getConfiguration() instanceof Xpp3Dom dom) {
      configurations.add(dom);
    }
    for (PluginExecution execution : compilerPlugin.getExecutions()) {
      if ("default-compile".equals(execution.getId())
          && execution.getConfiguration() instanceof Xpp3Dom dom) {
        configurations.add(dom);
      }
    }
    return configurations;
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

  private void closeQuietly(LivePreview preview, URLClassLoader processorLoader) {
    try (processorLoader) {
      preview.close();
    } catch (IOException | RuntimeException e) {
      getLog().debug("While stopping the preview", e);
    }
  }
}
