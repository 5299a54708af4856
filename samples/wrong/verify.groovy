evaluate(new File(samples, 'verify-findings.groovy'))
// The project's ArchUnit test failed msglint's ERROR rules with the rule ids the plugin reports as errors.
def archunit = new File(basedir, 'target/archunit-rule-ids.txt').readLines().findAll { it } as TreeSet
def plugin = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/msglint/msglint.json'))
        .findings.findAll { it.severity == 'error' }.collect { it.ruleId } as TreeSet
assert !archunit.isEmpty() && archunit == plugin : "ArchUnit failed with ${archunit}, the plugin's errors are ${plugin}"
// The last build only reports (failOnViolation=false): no finding is logged as an [ERROR].
def all = new File(basedir, 'build.log').readLines()
def lines = all.drop(all.findLastIndexOf { it.contains('Scanning for projects') }) // the log holds every build
assert lines.any { it.startsWith('[WARNING] msglint [') } : 'findings at or above failOn are warnings when they cannot fail the build'
assert !lines.any { it.startsWith('[ERROR] msglint [') } : 'no finding is an [ERROR] when none fails the build'
return true
