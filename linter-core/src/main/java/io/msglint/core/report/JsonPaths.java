package io.msglint.core.report;

import io.msglint.rules.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** A site's or finding's path as JSON: {@code [{"file","line","column"}...]}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String path(List<SourceLocation> steps) {
        List<String> json = new ArrayList<>();
        for (SourceLocation step : steps) {
            json.add("{ \"file\": " + Json.string(step.file()) + ", \"line\": " + step.line() + ", \"column\": "
                    + step.column() + " }");
        }
        return "[" + String.join(", ", json) + "]";
    }
}
