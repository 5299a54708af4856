evaluate(new File(samples, 'verify-findings.groovy'))
// The last build only reports (failOnViolation=false): no finding is logged as an [ERROR].
def all = new File(basedir, 'build.log').readLines()
def lines = all.drop(all.findLastIndexOf { it.contains('Scanning for projects') }) // the log holds every build
assert lines.any { it.startsWith('[WARNING] msglint [') } : 'findings at or above failOn are warnings when they cannot fail the build'
assert !lines.any { it.startsWith('[ERROR] msglint [') } : 'no finding is an [ERROR] when none fails the build'
return true
