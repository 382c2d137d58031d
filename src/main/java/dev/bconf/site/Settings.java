package dev.bconf.site;

import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.model.Directive;
import dev.bconf.model.Resource;
import dev.bconf.model.Value;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The effective value of one directive of a resource, written or default, in the form the
 * network rules compare, with where it was decided.
 */
public final class Settings {

    private Settings() {
    }

    /** A yes/no directive; {@code fallback} when neither written nor defaulted. */
    public static boolean flag(Resource r, String name, boolean fallback) {
        return r.value(name).filter(Value.Bool.class::isInstance).map(v -> ((Value.Bool) v).value()).orElse(fallback);
    }

    /** A text-like directive (address, name, string). */
    public static Optional<String> text(Resource r, String name) {
        return r.value(name).flatMap(Settings::asText).filter(s -> !s.isEmpty());
    }

    /** A port number, from a PINT32 connect port or a numeric listen port. */
    public static OptionalInt port(Resource r, String name) {
        Optional<Value> v = r.value(name);
        if (v.isPresent() && v.get() instanceof Value.Int i) {
            return OptionalInt.of((int) i.value());
        }
        if (v.isPresent() && v.get() instanceof Value.Port p) {
            return p.number();
        }
        return OptionalInt.empty();
    }

    /** A time in seconds. */
    public static OptionalLong seconds(Resource r, String name) {
        Optional<Value> v = r.value(name);
        return v.isPresent() && v.get() instanceof Value.Duration d ? OptionalLong.of(d.seconds()) : OptionalLong.empty();
    }

    /** The stored form of a password (the MD5 hex Bareos keys with); never to be printed. */
    public static Optional<Value.Password> password(Resource r, String name) {
        return r.value(name).filter(Value.Password.class::isInstance).map(Value.Password.class::cast);
    }

    /**
     * The ports a daemon listens on, from its own resource: the {@code Addresses} block's
     * ports, else {@code Port}; spelled {@code FdPort}/{@code SdPort}/{@code DirPort} before 25.
     */
    public static java.util.Set<Integer> listenPorts(Resource own, String prefix) {
        java.util.Set<Integer> ports = new java.util.TreeSet<>();
        OptionalInt single = port(own, known(own, "Port", prefix + "Port"));
        Optional<Value> block = own.value(known(own, "Addresses", prefix + "Addresses"))
                .filter(v -> !own.all(known(own, "Addresses", prefix + "Addresses")).isEmpty());
        if (block.isPresent() && block.get() instanceof Value.Addresses a) {
            for (Value.Addresses.Listen l : a.entries()) {
                OptionalInt p = l.port().map(Value.Port::number).orElse(single);
                p.ifPresent(ports::add);
            }
            return ports;
        }
        single.ifPresent(ports::add);
        return ports;
    }

    /** The first of the names the resource's catalogue knows (directive names changed in 25). */
    public static String known(Resource r, String... names) {
        for (String n : names) {
            if (r.schema().flatMap(s -> s.directive(n)).isPresent()) {
                return n;
            }
        }
        return names[0];
    }

    /** Where a directive was written, or the resource's header when it was defaulted. */
    public static SourceSpan where(Resource r, String name) {
        return r.directive(name).flatMap(Directive::span).orElse(r.header());
    }

    /** True when the directive is written (or inherited), not defaulted. */
    public static boolean written(Resource r, String name) {
        return !r.all(name).isEmpty();
    }

    /** Says how a value came about: "Passive = yes" or "Passive = no (default)". */
    public static String shown(Resource r, String name, boolean value) {
        return name + " = " + (value ? "yes" : "no") + (written(r, name) ? "" : " (default)");
    }

    static Optional<String> asText(Value v) {
        if (v instanceof Value.Name n) {
            return Optional.of(n.value());
        }
        if (v instanceof Value.Text t) {
            return Optional.of(t.value());
        }
        if (v instanceof Value.Address a) {
            return Optional.of(a.host());
        }
        if (v instanceof Value.Directory d) {
            return Optional.of(d.value());
        }
        return Optional.empty();
    }
}
