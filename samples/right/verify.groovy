evaluate(new File(samples, 'verify-findings.groovy'))
// The report goal wrote the reports for people and dashboards.
assert new File(basedir, 'target/msglint/msglint.html').text.contains('<!DOCTYPE html>')
assert new File(basedir, 'target/msglint/msglint.sarif').text.contains('"version": "2.1.0"')
return true
