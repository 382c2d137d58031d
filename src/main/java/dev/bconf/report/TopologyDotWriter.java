package dev.bconf.report;

import dev.bconf.topology.Topology;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The topology as a Graphviz DOT graph: hosts as clusters, broken connections dashed and red. */
public final class TopologyDotWriter {

    public void write(Topology topology, Appendable out) throws IOException {
        TopologyGraph graph = TopologyGraph.of(topology);
        out.append("digraph bareos {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        int cluster = 0;
        for (Map.Entry<String, List<TopologyGraph.Node>> host : graph.byHost().entrySet()) {
            String indent = "  ";
            if (!host.getKey().isEmpty()) {
                out.append("  subgraph cluster_").append(String.valueOf(++cluster)).append(" {\n    label=")
                        .append(quote("host " + host.getKey())).append(";\n");
                indent = "    ";
            }
            for (TopologyGraph.Node n : host.getValue()) {
                out.append(indent).append(n.id()).append(" [label=")
                        .append(quote(n.label() + "\n" + TopologyGraph.kindLabel(n.kind()))).append("];\n");
            }
            if (!host.getKey().isEmpty()) {
                out.append("  }\n");
            }
        }
        for (TopologyGraph.Edge e : graph.edges) {
            out.append("  ").append(e.from()).append(" -> ").append(e.to()).append(" [label=")
                    .append(quote(e.label() + "\n" + e.channel()))
                    .append(e.broken() ? ", style=dashed, color=red, fontcolor=red" : "").append("];\n");
        }
        out.append("}\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
