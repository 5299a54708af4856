evaluate(new File(samples, 'verify-findings.groovy'))
// The report goal wrote the reports for people and dashboards.
assert new File(basedir, 'target/msglint/msglint.html').text.contains('<!DOCTYPE html>')
assert new File(basedir, 'target/msglint/msglint.sarif').text.contains('"version": "2.1.0"')
// The sites goal listed every send and receive of the sample, and said so in a table.
def sites = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/msglint/sites.json')).sites
assert !sites.isEmpty()
assert sites.every { it.direction in ['send', 'receive'] && it.file.contains('src/main/java/') }
assert sites.any { it.direction == 'send' && it.channel == 'SERVICE_BUS_QUEUE' }
assert new File(basedir, 'target/msglint/sites.txt').text.contains("msglint: ${sites.size()} site")
return true
