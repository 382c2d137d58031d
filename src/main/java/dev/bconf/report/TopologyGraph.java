package dev.bconf.report;

import dev.bconf.topology.ClientTopology;
import dev.bconf.topology.Connection;
import dev.bconf.topology.DataChannel;
import dev.bconf.topology.Initiator;
import dev.bconf.topology.StorageTopology;
import dev.bconf.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topology as a graph for drawing: daemons as nodes grouped by host, one edge per
 * connection from its initiator, labelled {@code address:port}.
 */
final class TopologyGraph {

    record Node(String id, String label, String kind, String host) {
    }

    record Edge(String from, String to, String label, boolean broken, String channel) {
    }

    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<Edge> edges = new ArrayList<>();

    static TopologyGraph of(Topology t) {
        TopologyGraph g = new TopologyGraph();
        String director = g.node("director", t.director().orElse("director"), t.host());
        for (ClientTopology c : t.clients()) {
            String client = g.node("client", c.name(), c.host());
            for (Connection k : c.control()) {
                g.edge(k, k.initiator() == Initiator.DIRECTOR ? director : client,
                        k.initiator() == Initiator.DIRECTOR ? client : director, "control");
            }
            for (DataChannel d : c.data()) {
                String storage = g.node("storage", d.storage(), hostOf(t, d.storage()));
                Connection k = d.connection();
                g.edge(k, k.initiator() == Initiator.STORAGE ? storage : client,
                        k.initiator() == Initiator.STORAGE ? client : storage, "data");
            }
        }
        for (StorageTopology s : t.storages()) {
            g.edge(s.control(), director, g.node("storage", s.name(), s.host()), "control");
        }
        return g;
    }

    private static Optional<String> hostOf(Topology t, String storage) {
        return t.storages().stream().filter(s -> s.name().equals(storage)).findFirst().flatMap(StorageTopology::host);
    }

    private String node(String kind, String name, Optional<String> host) {
        String key = kind + "\u0000" + name;
        Node n = nodes.get(key);
        if (n == null) {
            n = new Node("n" + (nodes.size() + 1), name, kind, host.orElse(""));
            nodes.put(key, n);
        }
        return n.id();
    }

    private void edge(Connection k, String from, String to, String channel) {
        edges.add(new Edge(from, to, k.endpoint(), k.broken(), channel + k.brokenBy().map(r -> " " + r).orElse("")));
    }

    /** Hosts in first-seen order; "" holds the daemons of unknown host. */
    Map<String, List<Node>> byHost() {
        Map<String, List<Node>> hosts = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            hosts.computeIfAbsent(n.host(), h -> new ArrayList<>()).add(n);
        }
        return hosts;
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "director" -> "bareos-dir";
            case "client" -> "bareos-fd";
            default -> "bareos-sd";
        };
    }
}
