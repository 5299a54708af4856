package io.msglint.core.report;

import io.msglint.core.Msglint;
import io.msglint.core.ScanResult;
import io.msglint.core.inventory.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The sites inventory as JSON: {@code {"tool","version","sites":[{"direction","file","line","column",
 * "channel","entity","payload","kind","kindSource","evidence":[..],"via","path":[{"file","line","column"}]}]}}, with
 * {@code entity} and {@code payload} absent when unknown.
 */
public final class SitesJsonReporter implements Reporter {

    @Override
    public String format(ScanResult result) {
        List<String> sites = new ArrayList<>();
        for (Site site : result.sites()) {
            sites.add(site(site));
        }
        return "{\n  \"tool\": \"msglint\",\n  \"version\": " + Json.string(Msglint.version()) + ",\n  \"sites\": ["
                + (sites.isEmpty() ? "" : "\n" + String.join(",\n", sites) + "\n  ") + "]\n}\n";
    }

    private static String site(Site site) {
        StringBuilder out = new StringBuilder("    { ");
        out.append("\"direction\": ").append(Json.string(site.direction().reportName()));
        out.append(", \"file\": ").append(Json.string(site.location().file()));
        out.append(", \"line\": ").append(site.location().line());
        out.append(", \"column\": ").append(site.location().column());
        out.append(", \"channel\": ").append(Json.string(site.channel().name()));
        site.entity().ifPresent(e -> out.append(", \"entity\": ").append(Json.string(e)));
        out.append(", \"api\": ").append(Json.string(site.api()));
        site.payload().ifPresent(p -> out.append(", \"payload\": ").append(Json.string(p)));
        out.append(", \"kind\": ").append(Json.string(site.kindName()));
        out.append(", \"kindSource\": ").append(Json.string(site.kindSource().reportName()));
        out.append(", \"evidence\": [");
        for (int i = 0; i < site.evidence().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(Json.string(site.evidence().get(i)));
        }
        out.append("]");
        out.append(", \"via\": ").append(Json.string(site.via().reportName()));
        out.append(", \"path\": ").append(JsonPaths.path(site.path()));
        return out.append(" }").toString();
    }
}
