package io.msglint.core.report;

import io.msglint.core.ScanResult;
import io.msglint.core.inventory.Site;
import io.msglint.rules.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The sites inventory as a table, one site a row, and the steps of a site's path indented under
 * it: what a reviewer reads to tell a clean verdict from a blind one.
 */
public final class SitesTextReporter implements Reporter {

    private static final List<String> HEADINGS = List.of("location", "dir", "channel", "entity", "payload", "kind", "via", "api");

    @Override
    public String format(ScanResult result) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Site site : result.sites()) {
            rows.add(List.of(Printable.visible(site.location().toString()), site.direction().reportName(),
                    site.channel().name(), Printable.visible(site.entity().orElse("-")),
                    Printable.visible(site.payload().orElse("-")),
                    site.kindName() + " (" + site.kindSource().reportName() + ")", site.via().reportName(),
                    Printable.visible(site.api())));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append(line(rows.get(r), widths));
            if (r > 0) {
                for (SourceLocation step : result.sites().get(r - 1).path()) {
                    out.append("    -> ").append(Printable.visible(step.toString())).append('\n');
                }
            }
        }
        out.append("msglint: ").append(result.sites().size()).append(" site").append(result.sites().size() == 1 ? "" : "s")
                .append('\n');
        return out.toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i));
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
            }
        }
        return line.toString().stripTrailing() + "\n";
    }
}
