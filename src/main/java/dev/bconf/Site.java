package dev.bconf;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.discover.DaemonKind;
import dev.bconf.lint.RulePolicy;
import dev.bconf.model.DaemonConfig;
import dev.bconf.site.NetworkSite;
import dev.bconf.topology.Topology;
import dev.bconf.topology.TopologyBuilder;
import dev.bconf.lint.Suppressions;
import dev.bconf.syntax.DaemonSyntax;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything read from the inputs: one entry per daemon configuration found, and every
 * finding made while finding and reading them.
 */
public record Site(List<DaemonConfig> configs, NetworkSite network, List<Diagnostic> diagnostics) {

    public Site {
        configs = List.copyOf(configs);
        java.util.Objects.requireNonNull(network, "network");
        diagnostics = Diagnostic.sorted(diagnostics);
    }

    /** Every daemon's configuration as read, before typing. */
    public List<DaemonSyntax> daemons() {
        return configs.stream().map(DaemonConfig::syntax).toList();
    }

    /**
     * The findings that remain after the policy: disabled rules dropped, severities
     * overridden, inline suppression comments applied.
     */
    public List<Diagnostic> findings(RulePolicy policy) {
        return Diagnostic.sorted(policy.apply(diagnostics, Suppressions.of(daemons())));
    }

    /** Who connects to whom, at which address and port, and why. */
    public Topology topology() {
        return TopologyBuilder.of(network, diagnostics);
    }

    /** Number of files read, includes counted. */
    public int fileCount() {
        return daemons().stream().mapToInt(DaemonSyntax::fileCount).sum();
    }

    /** How many configurations of each daemon kind were read. */
    public Map<DaemonKind, Integer> daemonCounts() {
        Map<DaemonKind, Integer> counts = new TreeMap<>();
        for (DaemonSyntax d : daemons()) {
            counts.merge(d.source().kind(), 1, Integer::sum);
        }
        return counts;
    }
}
