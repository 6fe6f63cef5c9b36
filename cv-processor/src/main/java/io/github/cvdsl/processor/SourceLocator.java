package io.github.cvdsl.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * Finds values inside repeated annotations in javac's source trees, where javac's own {@code
 * Messager} cannot (see {@link Site}). Under other compilers it finds nothing, and messages go to
 * the element.
 */
final class SourceLocator {
  private final Trees trees;

  /**
   * The class declarations of each compilation unit, found in one pass: asking javac for each
   * element's tree scans the file from its start every time, which makes a large CV quadratic.
   */
  private final Map<CompilationUnitTree, Map<Element, TreePath>> classesByUnit = new HashMap<>();

  private final Map<Element, CompilationUnitTree> unitByTopLevelType = new HashMap<>();

  private SourceLocator(Trees trees) {
    this.trees = trees;
  }

  /** Forgets the trees of this round; javac may replace them in the next. */
  void newRound() {
    classesByUnit.clear();
    unitByTopLevelType.clear();
  }

  static SourceLocator of(ProcessingEnvironment environment) {
    try {
      return new SourceLocator(Trees.instance(environment));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return new SourceLocator(null);
    }
  }

  /**
   * Whether {@code container} is what Java made of repeated annotations on {@code element}, rather
   * than written: then two or more of the annotations it contains are written on the element.
   */
  boolean isImplicitContainer(Element element, AnnotationMirror container, String containedName) {
    Optional<TreePath> path = classPath(element);
    if (path.isEmpty() || !(path.get().getLeaf() instanceof ClassTree type)) {
      return false;
    }
    long written =
        type.getModifiers().getAnnotations().stream()
            .filter(tree -> simpleName(tree).equals(containedName))
            .count();
    return written >= 2;
  }

  /**
   * The simple names of the annotations written on {@code element}, in the order written; empty
   * without javac's trees.
   */
  Optional<List<String>> writtenAnnotations(Element element) {
    Optional<TreePath> path = classPath(element);
    if (path.isEmpty() || !(path.get().getLeaf() instanceof ClassTree type)) {
      return Optional.empty();
    }
    return Optional.of(
        type.getModifiers().getAnnotations().stream().map(SourceLocator::simpleName).toList());
  }

  private Optional<TreePath> classPath(Element element) {
    if (trees == null) {
      return Optional.empty();
    }
    Element topLevel = element;
    while (topLevel.getEnclosingElement() != null
        && topLevel.getEnclosingElement().getKind() != ElementKind.PACKAGE
        && topLevel.getEnclosingElement().getKind() != ElementKind.MODULE) {
      topLevel = topLevel.getEnclosingElement();
    }
    CompilationUnitTree unit =
        unitByTopLevelType.computeIfAbsent(
            topLevel,
            type -> {
              TreePath path = trees.getPath(type);
              return path == null ? null : path.getCompilationUnit();
            });
    if (unit == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(classesByUnit.computeIfAbsent(unit, this::classes).get(element));
  }

  private Map<Element, TreePath> classes(CompilationUnitTree unit) {
    Map<Element, TreePath> classes = new HashMap<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        Element declared = trees.getElement(getCurrentPath());
        if (declared != null) {
          classes.put(declared, getCurrentPath());
        }
        return super.visitClass(tree, unused);
      }
    }.scan(unit, null);
    return classes;
  }

  /** Prints at the tree {@code site.written()} leads to; false when there is none to find. */
  boolean print(Diagnostic.Kind kind, String message, Site site) {
    if (site.written().isEmpty()) {
      return false;
    }
    Optional<Located> found = written(site);
    found.ifPresent(located -> trees.printMessage(kind, message, located.tree(), located.unit()));
    return found.isPresent();
  }

  /** A place in source: a file, and the offset of a character in it. */
  record Position(String file, long offset) {
    /** For what has no known place: after everything else. */
    static final Position UNKNOWN = new Position("\uffff", Long.MAX_VALUE);
  }

  /** A tree and the file it is in. */
  record Located(Tree tree, CompilationUnitTree unit) {}

  /** Where the message about {@code site} goes, as far as javac's trees tell. */
  Position position(Site site) {
    try {
      return locate(site).map(this::position).orElse(Position.UNKNOWN);
    } catch (RuntimeException unknown) {
      // The order of messages is a courtesy; a tree javac cannot give must not lose the message.
      return Position.UNKNOWN;
    }
  }

  /** The tree of the value, annotation or element {@code site} is about; none without javac. */
  Optional<Located> locate(Site site) {
    if (trees == null) {
      return Optional.empty();
    }
    if (!site.written().isEmpty()) {
      return written(site);
    }
    TreePath path = null;
    if (site.value() != null) {
      path = trees.getPath(site.element(), site.mirror(), site.value());
    }
    if (path == null && site.mirror() != null) {
      path = trees.getPath(site.element(), site.mirror());
    }
    if (path == null) {
      path = classPath(site.element()).orElseGet(() -> trees.getPath(site.element()));
    }
    return path == null
        ? Optional.empty()
        : Optional.of(new Located(path.getLeaf(), path.getCompilationUnit()));
  }

  private Optional<Located> written(Site site) {
    Optional<TreePath> path = classPath(site.element());
    if (path.isEmpty() || !(path.get().getLeaf() instanceof ClassTree type)) {
      return Optional.empty();
    }
    return find(type.getModifiers().getAnnotations(), site.written())
        .map(tree -> new Located(tree, path.get().getCompilationUnit()));
  }

  /** A name written in a DSL annotation that the annotation does not have. */
  record UnknownElement(String annotation, String name, List<String> known, Located where) {}

  /**
   * The element names written in the DSL annotations on {@code element}, nested ones included, that
   * their annotation does not have. javac reports each ("cannot find symbol") and leaves it out of
   * the annotation, so what the processor would make of the rest is noise. Without javac's trees
   * there is nothing to compare, and the list is empty.
   */
  List<UnknownElement> unknownElements(Element element) {
    Optional<TreePath> path = classPath(element);
    if (path.isEmpty() || !(path.get().getLeaf() instanceof ClassTree type)) {
      return List.of();
    }
    Set<String> dsl = new HashSet<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (Annotations.ALL.stream().anyMatch(kind -> Annotations.is(mirror, kind))) {
        dsl.add(mirror.getAnnotationType().asElement().getSimpleName().toString());
      }
    }
    CompilationUnitTree unit = path.get().getCompilationUnit();
    List<UnknownElement> unknown = new ArrayList<>();
    TreeScanner<Void, Void> scanner =
        new TreeScanner<>() {
          @Override
          public Void visitAnnotation(AnnotationTree annotation, Void unused) {
            String name = simpleName(annotation);
            List<String> known = ElementNames.of(name);
            for (ExpressionTree argument : annotation.getArguments()) {
              if (!known.isEmpty()
                  && argument instanceof AssignmentTree assignment
                  && assignment.getVariable() instanceof IdentifierTree id
                  && !known.contains(id.getName().toString())) {
                unknown.add(
                    new UnknownElement(
                        name, id.getName().toString(), known, new Located(id, unit)));
              }
            }
            return super.visitAnnotation(annotation, unused);
          }
        };
    for (AnnotationTree annotation : type.getModifiers().getAnnotations()) {
      if (dsl.contains(simpleName(annotation))) {
        scanner.scan(annotation, null);
      }
    }
    return unknown;
  }

  /**
   * Where in source the character {@code offset} of the value at {@code site} was written, when the
   * value is written as more than one plain string: pieces joined by {@code +}, or a text block.
   * javac joins such pieces into one tree and places a message on a tree, never within one, so the
   * message goes to the value and says this line and column.
   */
  Optional<LineColumn> within(Site site, int offset) {
    if (offset < 0 || (site.value() == null && site.written().isEmpty())) {
      return Optional.empty();
    }
    try {
      Optional<Located> value = locate(site);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      CompilationUnitTree unit = value.get().unit();
      long start = trees.getSourcePositions().getStartPosition(unit, value.get().tree());
      if (start < 0) {
        return Optional.empty();
      }
      String source = unit.getSourceFile().getCharContent(true).toString();
      return new StringPieces(source, (int) start)
          .find(offset)
          .filter(position -> !StringPieces.isOnePlainString(source, (int) start))
          .map(
              position ->
                  new LineColumn(
                      unit.getLineMap().getLineNumber(position),
                      unit.getLineMap().getColumnNumber(position)));
    } catch (RuntimeException | IOException unknown) {
      // Only a finer place is lost: the message goes to the value.
      return Optional.empty();
    }
  }

  /** A line and a column in a file, both from 1. */
  record LineColumn(long line, long column) {}

  /** Prints at {@code where}, a tree this locator found. */
  void print(Diagnostic.Kind kind, String message, Located where) {
    trees.printMessage(kind, message, where.tree(), where.unit());
  }

  /** Where {@code where} is, for the order of messages. */
  Position position(Located where) {
    try {
      return new Position(
          where.unit().getSourceFile().toUri().toString(),
          trees.getSourcePositions().getStartPosition(where.unit(), where.tree()));
    } catch (RuntimeException unknown) {
      return Position.UNKNOWN;
    }
  }

  private static Optional<Tree> find(
      List<? extends AnnotationTree> annotations, List<Site.Step> way) {
    Site.Step first = way.get(0);
    List<? extends AnnotationTree> ofKind =
        annotations.stream().filter(tree -> simpleName(tree).equals(first.name())).toList();
    if (first.index() >= ofKind.size()) {
      return Optional.empty();
    }
    Tree current = ofKind.get(first.index());
    for (Site.Step step : way.subList(1, way.size())) {
      if (!(current instanceof AnnotationTree annotation)) {
        return Optional.empty();
      }
      Optional<ExpressionTree> member = member(annotation, step.name());
      if (member.isEmpty()) {
        return Optional.empty();
      }
      current = member.get();
      if (step.index() >= 0 && current instanceof NewArrayTree array) {
        if (step.index() >= array.getInitializers().size()) {
          return Optional.empty();
        }
        current = array.getInitializers().get(step.index());
      }
    }
    return Optional.of(current);
  }

  private static Optional<ExpressionTree> member(AnnotationTree annotation, String name) {
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree id
            && id.getName().contentEquals(name)) {
          return Optional.of(assignment.getExpression());
        }
      } else if (name.equals("value")) {
        return Optional.of(argument);
      }
    }
    return Optional.empty();
  }

  private static String simpleName(AnnotationTree tree) {
    String name = tree.getAnnotationType().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
