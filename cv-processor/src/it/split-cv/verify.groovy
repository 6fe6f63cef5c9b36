// One model and one rendering for the CV, its sections in the order @Cv lists them, entries in
// the order written, from three files in two packages.
def markdown = new File(basedir, 'target/classes/cv/MyCv.md').getText('UTF-8')
def order = ['# Ada Example', '## Experience', 'Example Ltd', 'First Co', '## Projects',
             'Things I build in the evenings.', 'Pelican', '## Education', 'Example University']
def positions = order.collect { markdown.indexOf(it) }
assert !positions.contains(-1) : "missing ${order[positions.indexOf(-1)]} in:\n${markdown}"
assert positions == positions.sort(false) : "out of order ${positions} in:\n${markdown}"

def generated = new File(basedir, 'target/generated-sources/annotations')
def models = []
generated.eachFileRecurse { if (it.name.endsWith('.java')) models << it.name }
assert models == ['MyCvModel.java'] : "generated ${models}"
return true
