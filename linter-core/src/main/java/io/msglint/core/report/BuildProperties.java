package io.msglint.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the build wrote into the jar for reports: the URL the rule pages are published at, if any. */
final class BuildProperties {

    private BuildProperties() {
    }

    /** The rule pages' URL, ending with '/', or empty; never a placeholder left unfilled. */
    static String docsUrl() {
        Properties properties = new Properties();
        try (InputStream in = BuildProperties.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "";
        }
        String url = properties.getProperty("docsUrl", "").strip();
        if (url.isEmpty() || url.startsWith("${") || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return "";
        }
        return url.endsWith("/") ? url : url + "/";
    }
}
