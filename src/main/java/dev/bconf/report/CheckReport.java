package dev.bconf.report;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.Severity;
import dev.bconf.discover.DaemonKind;
import java.util.List;
import java.util.Map;

/**
 * What {@code check} reports: the findings in contract order and the counts for the summary.
 *
 * @param diagnostics the findings, sorted by file, line, column, rule
 * @param files       number of files read
 * @param daemons     number of configurations read per daemon kind
 */
public record CheckReport(List<Diagnostic> diagnostics, int files, Map<DaemonKind, Integer> daemons) {

    public CheckReport {
        diagnostics = Diagnostic.sorted(diagnostics);
        daemons = Map.copyOf(daemons);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
