// The build failed on the CV's three mistakes, each reported at its value's line and column.
def log = new File(basedir, 'build.log').getText('UTF-8')
def source = 'src/main/java/org/example/cv/MyCv.java'.replace('/', File.separator)

def expected = [
    '[7,37] [cvdsl:url] website "example.org" is not an absolute URL',
    '[16,17] [cvdsl:date] start "2019-13" is not a date',
    '[17,19] [cvdsl:markup] summary has bad inline markup: "**" at "**delivery pipeline." is never closed',
]
for (message in expected) {
  assert log.readLines().any { it.startsWith('[ERROR] ') && it.contains(source + ':' + message) } :
      "no error ${message} in build.log"
}
assert !log.contains('MyCvModel.java') : 'the model should not be generated from a broken CV'
assert !log.contains('[cvdsl:internal]') && !log.contains('at io.github.cvdsl.') :
    'the processor should report problems, not throw'
return true
