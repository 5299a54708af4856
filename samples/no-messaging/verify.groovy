// Without a messaging library on the classpath the check is skipped at once, and says so.
def log = new File(basedir, 'build.log').text
assert log.contains('msglint: no Azure messaging library on the compile classpath; nothing to check')
def report = new File(basedir, 'target/msglint/msglint.json')
assert report.isFile()
assert new groovy.json.JsonSlurper().parse(report).findings.isEmpty()
return true
