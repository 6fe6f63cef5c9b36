package io.github.cvdsl.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.github.cvdsl.Cv;
import io.github.cvdsl.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Checks every {@link Cv} type and generates its model class. Every problem becomes a diagnostic on
 * the element, annotation and value it concerns; nothing is thrown out of {@link #process}.
 */
@AutoService(Processor.class)
public final class CvProcessor extends AbstractProcessor {
  /** CVs whose {@code sections} named types that did not exist yet, by qualified name. */
  private final Set<String> deferredCvs = new TreeSet<>();

  /** Section types not nested in a CV, by qualified name; a CV must list each. */
  private final Set<String> detachedSections = new TreeSet<>();

  /** Section types that some CV listed or nests, by qualified name. */
  private final Set<String> claimedSections = new HashSet<>();

  private Reporter reporter;
  private SourceLocator locator;

  /** Whether the class path's model records differ from this processor's; checked once. */
  private Optional<ModelVersion.Mismatch> versionMismatch;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Annotations.ALL.stream()
        .map(Class::getCanonicalName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Override
  public Set<String> getSupportedOptions() {
    return CompileTimeRendering.supportedOptions();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reporter == null) {
      locator = SourceLocator.of(processingEnv);
      reporter = new Reporter(processingEnv.getMessager(), locator);
    }
    locator.newRound();
    try {
      processRound(round, annotations);
    } finally {
      flush();
    }
    return false;
  }

  private void flush() {
    try {
      reporter.flush();
    } catch (RuntimeException e) {
      reportInternalError(Optional.empty(), e);
    }
  }

  private void processRound(RoundEnvironment round, Set<? extends TypeElement> annotations) {
    try {
      detachedSections.addAll(new Placement(reporter).check(round, annotations));
    } catch (RuntimeException e) {
      reportInternalError(round.getRootElements().stream().findFirst(), e);
    }
    for (TypeElement cvType : cvTypes(round, annotations)) {
      try {
        process(cvType, round.processingOver());
      } catch (IncompleteCode javacReportsIt) {
        // No model, and no message: javac's own error is the one the author needs.
      } catch (RuntimeException e) {
        reportInternalError(Optional.of(cvType), e);
      }
    }
    if (round.processingOver()) {
      reportDetachedSections();
    }
  }

  private List<TypeElement> cvTypes(
      RoundEnvironment round, Set<? extends TypeElement> annotations) {
    Set<TypeElement> types =
        new TreeSet<>(Comparator.comparing(t -> t.getQualifiedName().toString()));
    for (String name : deferredCvs) {
      Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name))
          .ifPresent(types::add);
    }
    deferredCvs.clear();
    types.addAll(Placement.annotated(round, annotations, List.of(Cv.class)));
    return new ArrayList<>(types);
  }

  private void process(TypeElement cvType, boolean lastRound) {
    CvReader reader = new CvReader(processingEnv.getElementUtils(), reporter, locator);
    if (reader.refersToMissingTypes(cvType)) {
      if (lastRound) {
        reporter.error(
            Site.of(cvType, Annotations.find(cvType, Cv.class).orElseThrow()),
            Message.UNRESOLVED,
            ModelWriter.modelClassName(cvType).simpleName());
      } else {
        deferredCvs.add(cvType.getQualifiedName().toString());
      }
      return;
    }
    List<TypeElement> sections = reader.sectionTypes(cvType);
    sections.forEach(section -> claimedSections.add(section.getQualifiedName().toString()));
    if (versionMismatch == null) {
      versionMismatch =
          ModelVersion.check(processingEnv.getElementUtils(), processingEnv.getFiler(), cvType);
    }
    if (versionMismatch.isPresent()) {
      ModelVersion.Mismatch mismatch = versionMismatch.get();
      reporter.error(
          Site.of(cvType, Annotations.find(cvType, Cv.class).orElseThrow()),
          Message.VERSION,
          mismatch.processorVersion(),
          mismatch.processorFormat(),
          mismatch.classPathVersion(),
          mismatch.classPathFormat(),
          mismatch.firstDifference());
      return;
    }
    reader
        .read(cvType, sections)
        .ifPresent(
            cv -> {
              write(cvType, sections, cv);
              new CompileTimeRendering(
                      processingEnv.getOptions(), processingEnv.getFiler(), reporter)
                  .render(cvType, cv, reader.readStrings());
            });
  }

  private void write(TypeElement cvType, List<TypeElement> sections, io.github.cvdsl.model.Cv cv) {
    JavaFile file =
        new ModelWriter(
                ModelWriter.canAnnotateGenerated(processingEnv.getElementUtils(), cvType))
            .write(cvType, sections, cv);
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      reporter.error(
          Site.of(cvType),
          Message.GENERATE_FAILED,
          file.packageName() + "." + file.typeSpec().name(),
          e.getMessage());
    }
  }

  private void reportDetachedSections() {
    for (String name : detachedSections) {
      if (claimedSections.contains(name)) {
        continue;
      }
      TypeElement section = processingEnv.getElementUtils().getTypeElement(name);
      if (section != null) {
        reporter.error(
            Site.of(section, Annotations.find(section, Section.class).orElseThrow()),
            Message.SECTION_OUTSIDE_CV,
            section.getSimpleName());
      }
    }
  }

  private void reportInternalError(Optional<? extends Element> element, RuntimeException e) {
    String where =
        Arrays.stream(e.getStackTrace()).findFirst().map(frame -> " at " + frame).orElse("");
    String text = e + where;
    if (element.isPresent()) {
      reporter.error(Site.of(element.get()), Message.INTERNAL, text);
    } else {
      processingEnv
          .getMessager()
          .printMessage(javax.tools.Diagnostic.Kind.ERROR, Message.INTERNAL.format(text));
    }
  }
}
