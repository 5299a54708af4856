// Shared by the samples' verify scripts (the invoker passes `samples`): the build's msglint report
// must hold exactly the findings marked `// expect: MLxxx` in the sources, read by the test kit's
// one marker reader (on the script's class path through the invoker's addTestClassPath).
import groovy.json.JsonSlurper
import io.msglint.testkit.ExpectMarkers
import io.msglint.testkit.Reported

def report = new File(basedir, 'target/msglint/msglint.json')
assert report.isFile() : "no msglint report at ${report}"
def json = new JsonSlurper().parse(report)

// Paths are relative to the repository's root, as the plugin names them (else to the project).
def base = io.msglint.core.BaseDirs.repositoryRoot(basedir.toPath()).orElse(basedir.toPath())
def expected = ExpectMarkers.read(new File(basedir, 'src/main/java').toPath(), base)
def actual = json.findings.collect { new Reported(it.file, it.line as int, it.ruleId, it.severity, it.message) }
def mismatches = ExpectMarkers.mismatches(expected, actual)
assert mismatches.isEmpty() : "msglint findings differ from the markers:\n" + mismatches.join('\n')
if (!expected.isEmpty()) {
    assert new File(basedir, 'build.log').text =~ /msglint \[[\w.-]+\] ML0/ : 'findings are printed in the build log, with the module'
}
