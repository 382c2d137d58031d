package dev.bconf.report;

import dev.bconf.topology.ClientTopology;
import dev.bconf.topology.Connection;
import dev.bconf.topology.DataChannel;
import dev.bconf.topology.StorageTopology;
import dev.bconf.topology.Topology;
import java.io.IOException;
import java.util.Optional;

/** The topology as a readable table per client and storage. */
public final class TopologyTextWriter {

    private static final String ROW = "  %-8s %-34s %-24s %-11s %-14s %s%n";

    public void write(Topology topology, Appendable out) throws IOException {
        out.append("Director ").append(topology.director().orElse("(none)")).append(host(topology.host()))
                .append('\n');
        for (ClientTopology c : topology.clients()) {
            out.append('\n').append("Client ").append(c.name()).append(host(c.host()))
                    .append(c.passive() ? " - passive: the Storage Daemon dials it for data" : "").append('\n');
            header(out);
            for (Connection k : c.control()) {
                row(out, "control", k, heartbeat(k));
            }
            for (DataChannel d : c.data()) {
                row(out, "data", d.connection(), "jobs " + String.join(", ", d.jobs()));
            }
            if (c.control().isEmpty() && c.data().isEmpty()) {
                out.append("  (no connection)\n");
            }
        }
        for (StorageTopology s : topology.storages()) {
            out.append('\n').append("Storage ").append(s.name()).append(host(s.host())).append('\n');
            header(out);
            row(out, "control", s.control(), heartbeat(s.control()));
        }
    }

    private static void header(Appendable out) throws IOException {
        out.append(String.format(ROW, "channel", "from -> to", "address:port", "via", "status", "notes"));
    }

    private static void row(Appendable out, String channel, Connection k, String notes) throws IOException {
        String status = k.brokenBy().map(r -> "broken " + r).orElse("ok");
        out.append(String.format(ROW, channel, k.initiator().label() + " " + k.from() + " -> " + k.to(),
                k.endpoint(), k.via(), status, notes).stripTrailing()).append('\n');
    }

    private static String heartbeat(Connection k) {
        return k.heartbeat().isPresent() ? "heartbeat " + k.heartbeat().getAsLong() + " s" : "";
    }

    private static String host(Optional<String> host) {
        return host.map(h -> " (host " + h + ")").orElse("");
    }
}
