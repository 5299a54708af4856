// The ArchUnit test failed with msglint's finding, in msglint's words, at the mistake.
def log = new File(basedir, 'build.log').text
assert log.contains('MessagingArchitectureTest') : 'the ArchUnit test ran'
assert log.contains('[ML001 message-on-event-channel] error: IssueTicket is a message') : 'it failed with the ML001 finding'
assert log =~ /in com\.contoso\.tickets\.BoxOffice\.sell \(BoxOffice\.java:\d+\)/ : 'the finding names the class and method'
return true
