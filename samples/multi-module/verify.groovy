// The application module reports the event its call puts on the messaging module's queue, with the
// path into that module; the messaging module reports nothing of its own.
import groovy.json.JsonSlurper
import io.msglint.testkit.ExpectMarkers
import io.msglint.testkit.Reported

def app = new File(basedir, 'app')
def report = new JsonSlurper().parse(new File(app, 'target/msglint/msglint.json'))
def expected = ExpectMarkers.read(new File(app, 'src/main/java').toPath(), app.toPath())
def actual = report.findings.collect { new Reported(it.file, it.line as int, it.ruleId, it.severity, it.message) }
def mismatches = ExpectMarkers.mismatches(expected, actual)
assert !expected.isEmpty()
assert mismatches.isEmpty() : "msglint findings differ from the markers:\n" + mismatches.join('\n')
assert report.findings.every { it.path.any { step -> step.file.contains('Announcements.java') } }

def lib = new JsonSlurper().parse(new File(basedir, 'lib/target/msglint/msglint.json'))
assert lib.findings.isEmpty()
return true
