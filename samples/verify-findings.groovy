// Shared by the samples' verify scripts (the invoker passes `samples`): the build's msglint report
// must hold exactly the findings marked `// expect: MLxxx` in the sources.
import groovy.json.JsonSlurper

def report = new File(basedir, 'target/msglint/msglint.json')
assert report.isFile() : "no msglint report at ${report}"
def json = new JsonSlurper().parse(report)

def expected = [] as SortedSet
new File(basedir, 'src/main/java').eachFileRecurse { file ->
    if (file.name.endsWith('.java')) {
        file.readLines().eachWithIndex { line, i ->
            def m = line =~ /\/\/\s*expect:\s*(.+)$/
            if (m.find()) {
                m.group(1).split(',').each { item ->
                    def rel = basedir.toPath().relativize(file.toPath()).toString().replace('\\', '/')
                    expected << "${rel}:${i + 1} ${item.trim().split(/\s+/)[0]}".toString()
                }
            }
        }
    }
}
def actual = json.findings.collect { "${it.file}:${it.line} ${it.ruleId}".toString() } as SortedSet
assert actual == expected : "msglint findings differ.\nexpected: ${expected}\nactual:   ${actual}"
if (!expected.isEmpty()) {
    assert new File(basedir, 'build.log').text.contains('msglint ML0') : 'findings are printed in the build log'
}
