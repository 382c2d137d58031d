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

    static List<Directive> checkMixing(List<Directive> directives) {
        List<Directive> out = new ArrayList<>(directives.size());
        List<String> oldStyleSeen = new ArrayList<>();
        List<String> newStyleSeen = new ArrayList<>();
        for (Directive d : directives) {
            Optional<String> socket = socket(d);
            if (socket.isEmpty()) {
                out.add(d);
                continue;
            }
            boolean newStyle = d.schema().datatype() == Datatype.ADDRESSES;
            List<String> other = newStyle ? oldStyleSeen : newStyleSeen;
            (newStyle ? newStyleSeen : oldStyleSeen).add(socket.get());
            if (other.contains(socket.get()) && d.node().isPresent()) {
                out.add(d.withProblem(new ValueProblem(ValueProblem.Kind.INVALID_VALUE, "`" + d.name()
                        + "` mixes the two ways of saying where to listen: an Addresses block and Address/Port "
                        + "lines in one resource. Bareos refuses it (\"the old style addresses cannot be mixed "
                        + "with new style\"). Keep the Addresses block and put the port into it, or drop the block.",
                        Optional.of("the old style addresses cannot be mixed with new style"),
                        d.node().get().keyword().span())));
            } else {
                out.add(d);
            }
        }
        return out;
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
