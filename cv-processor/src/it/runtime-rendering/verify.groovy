// Nothing rendered at compile time; the program rendered every built-in format at run time.
assert !new File(basedir, 'target/classes/cv').exists()

def rendered = new File(basedir, 'target/cv')
assert rendered.list().sort() == ['MyCv.html', 'MyCv.md', 'MyCv.txt']
def markdown = new File(rendered, 'MyCv.md').getText('UTF-8')
assert markdown.contains('## Work') : markdown
assert markdown.contains('Aug 2019 – Present') : markdown
assert new File(rendered, 'MyCv.html').getText('UTF-8').contains('<h2>Work</h2>')

// The user's code reads an entry by the names of its types: KuraCvModel.experience().bbc().
assert new File(basedir, 'target/bbc-position.txt').getText('UTF-8') == 'Engineer'

// Rendering at run time adds the renderers and Mustache to the class path, and nothing else.
def dependencies = new File(basedir, 'dependencies.txt').readLines()
    .collect { it.trim().split(' -- ')[0].replaceAll(/:[^:]+:(compile|runtime)$/, '') }
    .findAll { it ==~ /[\w.-]+:[\w.-]+:.+/ }
    .sort()
assert dependencies == ['com.github.spullara.mustache.java:compiler:jar',
                        'io.github.cvdsl:cv-annotations:jar',
                        'io.github.cvdsl:cv-renderers:jar'] : "unexpected dependencies: ${dependencies}"
return true
