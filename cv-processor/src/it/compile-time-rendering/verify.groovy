// The processor rendered all three formats into the class output, each with the CV's text.
def rendered = new File(basedir, 'target/classes/cv')
def markdown = new File(rendered, 'MyCv.md').getText('UTF-8')
def html = new File(rendered, 'MyCv.html').getText('UTF-8')
def text = new File(rendered, 'MyCv.txt').getText('UTF-8')

assert markdown.startsWith('# Ada Example')
assert markdown.contains('**delivery**')
assert markdown.contains('Cut build times in half.')
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('keeps &lt;it&gt; running')
assert text.contains('Example Ltd')

// The model class was generated and compiled.
assert new File(basedir, 'target/generated-sources/annotations/org/example/cv/MyCvModel.java').isFile()
assert new File(basedir, 'target/classes/org/example/cv/MyCvModel.class').isFile()

// The user's compile class path holds the annotations and model only: nothing of the processor.
def dependencies = new File(basedir, 'dependencies.txt').readLines()
    .collect { it.trim().split(' -- ')[0] }
    .findAll { it ==~ /[\w.-]+:[\w.-]+:.+/ }
assert dependencies == ["io.github.cvdsl:cv-annotations:jar:${projectVersion}:compile".toString()] :
    "unexpected dependencies: ${dependencies}"
return true
