// The application module reports the event its call puts on the messaging module's queue, with the
// path into that module; the messaging module reports nothing of its own.
import groovy.json.JsonSlurper
import io.msglint.testkit.ExpectMarkers
import io.msglint.testkit.Reported

def app = new File(basedir, 'app')
def report = new JsonSlurper().parse(new File(app, 'target/msglint/msglint.json'))
// Paths are relative to the repository's root, else to the build's top-level project.
def base = io.msglint.core.BaseDirs.repositoryRoot(basedir.toPath()).orElse(basedir.toPath())
def expected = ExpectMarkers.read(new File(app, 'src/main/java').toPath(), base)
def actual = report.findings.collect { new Reported(it.file, it.line as int, it.ruleId, it.severity, it.message) }
def mismatches = ExpectMarkers.mismatches(expected, actual)
assert !expected.isEmpty()
assert mismatches.isEmpty() : "msglint findings differ from the markers:\n" + mismatches.join('\n')
assert report.findings.every { it.path.any { step -> step.file.contains('Announcements.java') } }

def lib = new JsonSlurper().parse(new File(basedir, 'lib/target/msglint/msglint.json'))
assert lib.findings.isEmpty()

// The command line on the same build gives the same findings with the same paths.
def cli = new File(basedir, 'target/cli.json')
def command = ['java', '-jar', msglintJar, 'check', '--fail-on', 'never', '--quiet', '--format', 'json',
               '--output', cli.path, new File(app, 'src/main/java').path, new File(basedir, 'lib/src/main/java').path]
def process = command.execute(null, basedir)
process.waitForProcessOutput(System.out, System.err)
assert process.exitValue() == 0
def fromCli = new JsonSlurper().parse(cli).findings.collect { [it.file, it.line, it.ruleId, it.message] }
def fromPlugin = report.findings.collect { [it.file, it.line, it.ruleId, it.message] }
assert !fromPlugin.isEmpty()
assert fromCli == fromPlugin : "the command line and the plugin disagree:\n${fromCli}\n${fromPlugin}"
return true
