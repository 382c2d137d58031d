package dev.bconf.topology;

import dev.bconf.model.Directive;
import dev.bconf.model.Resource;
import dev.bconf.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the directives that decided a connection, written or default, without secrets. */
final class Reasons {

    private final List<Reason> list = new ArrayList<>();

    /** Adds the Director's directive as Bareos uses it; absent directives (no value, no default) are skipped. */
    Reasons add(Resource r, String name) {
        return add("Director", r, name);
    }

    /** Adds a directive of the configuration of {@code daemon} ("File Daemon", "Storage Daemon"). */
    Reasons add(String daemon, Optional<Resource> r, String name) {
        r.ifPresent(x -> add(daemon, x, name));
        return this;
    }

    private Reasons add(String daemon, Resource r, String name) {
        Optional<Directive> d = r.directive(name);
        if (d.isEmpty()) {
            return this;
        }
        String value = d.get().value().map(Reasons::shown).orElse("?");
        String owner = daemon + " " + r.type() + r.name().map(n -> " " + n).orElse("");
        list.add(new Reason(owner + ": " + d.get().name() + " = " + value + (d.get().isWritten() ? "" : " (default)"),
                d.get().span()));
        return this;
    }

    List<Reason> list() {
        return list;
    }

    private static String shown(Value v) {
        if (v instanceof Value.Bool b) {
            return b.value() ? "yes" : "no";
        }
        if (v instanceof Value.Duration t) {
            return t.seconds() + " s";
        }
        if (v instanceof Value.Int i) {
            return String.valueOf(i.value());
        }
        if (v instanceof Value.Port p) {
            return p.written();
        }
        if (v instanceof Value.Address a) {
            return a.host();
        }
        if (v instanceof Value.Text t) {
            return t.value();
        }
        if (v instanceof Value.Name n) {
            return n.value();
        }
        return v instanceof Value.Password ? "<redacted>" : v.getClass().getSimpleName();
    }
}
