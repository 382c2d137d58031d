package dev.bconf.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One connection a daemon opens to another.
 *
 * @param initiator which daemon opens it
 * @param from      the name of the opening daemon's resource (the Director, a Client, a Storage)
 * @param to        the name of the daemon it connects to
 * @param address   the address it dials; empty when the configuration that says it was not given
 * @param port      the port it dials
 * @param via       which directive gave the address ({@code Address}, {@code LanAddress})
 * @param brokenBy  the rule that explains why it cannot work; empty when it works
 * @param heartbeat the keepalive interval in seconds applied to the socket (0 for none), when known
 * @param because   the directives and defaults that decided it
 */
public record Connection(Initiator initiator, String from, String to, Optional<String> address, OptionalInt port,
        String via, Optional<String> brokenBy, OptionalLong heartbeat, List<Reason> because) {

    public Connection {
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(brokenBy, "brokenBy");
        Objects.requireNonNull(heartbeat, "heartbeat");
        because = List.copyOf(because);
    }

    public boolean broken() {
        return brokenBy.isPresent();
    }

    /** {@code ok} or {@code broken}. */
    public String status() {
        return broken() ? "broken" : "ok";
    }

    /** {@code address:port} as dialled, {@code ?} for what is unknown. */
    public String endpoint() {
        String host = address.orElse("?");
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return shown + ":" + (port.isPresent() ? String.valueOf(port.getAsInt()) : "?");
    }
}
