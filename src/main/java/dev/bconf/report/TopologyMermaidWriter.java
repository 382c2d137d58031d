package dev.bconf.report;

import dev.bconf.topology.Topology;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The topology as a Mermaid flowchart: hosts as subgraphs, broken connections dotted and red. */
public final class TopologyMermaidWriter {

    public void write(Topology topology, Appendable out) throws IOException {
        TopologyGraph graph = TopologyGraph.of(topology);
        out.append("flowchart LR\n");
        int cluster = 0;
        for (Map.Entry<String, List<TopologyGraph.Node>> host : graph.byHost().entrySet()) {
            String indent = "  ";
            if (!host.getKey().isEmpty()) {
                out.append("  subgraph h").append(String.valueOf(++cluster)).append("[\"host ")
                        .append(text(host.getKey())).append("\"]\n");
                indent = "    ";
            }
            for (TopologyGraph.Node n : host.getValue()) {
                out.append(indent).append(n.id()).append("[\"").append(text(n.label())).append("<br/>")
                        .append(TopologyGraph.kindLabel(n.kind())).append("\"]\n");
            }
            if (!host.getKey().isEmpty()) {
                out.append("  end\n");
            }
        }
        int index = 0;
        StringBuilder red = new StringBuilder();
        for (TopologyGraph.Edge e : graph.edges) {
            out.append("  ").append(e.from()).append(e.broken() ? " -.->" : " -->").append("|\"")
                    .append(text(e.label() + " " + e.channel())).append("\"| ").append(e.to()).append('\n');
            if (e.broken()) {
                red.append(red.length() == 0 ? "" : ",").append(index);
            }
            index++;
        }
        if (red.length() > 0) {
            out.append("  linkStyle ").append(red).append(" stroke:red,color:red\n");
        }
    }

    /** Mermaid labels are quoted; a quote inside is written as its HTML entity. */
    private static String text(String s) {
        return s.replace("\"", "#quot;");
    }
}
