package dev.bconf.model;

import dev.bconf.schema.Datatype;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A daemon listens either where {@code Address}/{@code Port} say (old style) or where an
 * {@code Addresses} block says (new style); Bareos refuses a resource that writes both for the
 * same socket, at whichever of them comes second.
 */
final class ListenAddresses {

    private ListenAddresses() {
    }

    /**
     * Replaces, in place, each directive that mixes the two ways for one socket with the same
     * directive carrying the problem.
     */
    static void checkMixing(List<Directive> directives) {
        List<String> oldStyleSeen = new ArrayList<>();
        List<String> newStyleSeen = new ArrayList<>();
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            Optional<String> socket = socket(d);
            if (socket.isEmpty()) {
                continue;
            }
            boolean newStyle = d.schema().datatype() == Datatype.ADDRESSES;
            List<String> other = newStyle ? oldStyleSeen : newStyleSeen;
            (newStyle ? newStyleSeen : oldStyleSeen).add(socket.get());
            if (other.contains(socket.get()) && d.node().isPresent()) {
                directives.set(i, d.withProblem(new ValueProblem(ValueProblem.Kind.INVALID_VALUE, "`" + d.name()
                        + "` mixes the two ways of saying where to listen: an Addresses block and Address/Port "
                        + "lines in one resource. Bareos refuses it (\"the old style addresses cannot be mixed "
                        + "with new style\"). Keep the Addresses block and put the port into it, or drop the block.",
                        Optional.of("the old style addresses cannot be mixed with new style"),
                        d.node().get().keyword().span())));
            }
        }
    }

    /** Which listening socket a directive configures: "" for the daemon's own, "ndmp" for NDMP. */
    private static Optional<String> socket(Directive d) {
        Datatype type = d.schema().datatype();
        if (type != Datatype.ADDRESSES && type != Datatype.ADDRESS && type != Datatype.PORT) {
            return Optional.empty();
        }
        String name = d.name().toLowerCase(Locale.ROOT);
        if (name.contains("source")) {
            return Optional.empty();
        }
        return Optional.of(name.startsWith("ndmp") ? "ndmp" : "");
    }
}
