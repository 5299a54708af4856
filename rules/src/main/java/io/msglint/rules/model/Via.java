package io.msglint.rules.model;

/** How the code reaches Azure messaging at a site: the SDK itself, or a framework over it. */
public enum Via {
    SDK("sdk"),
    SPRING_CLOUD_AZURE("spring-cloud-azure"),
    SPRING_CLOUD_STREAM("spring-cloud-stream"),
    FUNCTIONS("functions"),
    JMS("jms"),
    SPRING_INTEGRATION("spring-integration");

    private final String reportName;

    Via(String reportName) {
        this.reportName = reportName;
    }

    /** The name reports use: "sdk", "spring-cloud-azure", ... */
    public String reportName() {
        return reportName;
    }
}
