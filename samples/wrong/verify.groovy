evaluate(new File(samples, 'verify-findings.groovy'))
return true
