package dev.bconf.site;

import dev.bconf.model.Resource;
import dev.bconf.schema.BareosVersion;
import dev.bconf.model.Value;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whether the two sides of a connection agree on one setting. Unknown values agree: a finding
 * needs both sides' word. Shared by the network rules and the topology.
 */
public final class Agreement {

    private Agreement() {
    }

    /** The port {@code dials} dials is one {@code listener} listens on. */
    public static boolean portAgrees(Resource dials, Resource listener, String prefix) {
        OptionalInt port = Settings.port(dials, "Port");
        var listening = Settings.listenPorts(listener, prefix);
        return port.isEmpty() || listening.isEmpty() || listening.contains(port.getAsInt());
    }

    /** Both hold the same key as Bareos keeps it (the MD5 hex text); clear-text NDMP passwords are not compared. */
    public static boolean passwordAgrees(Resource a, Resource b) {
        Optional<Value.Password> x = Settings.password(a, "Password");
        Optional<Value.Password> y = Settings.password(b, "Password");
        return x.isEmpty() || y.isEmpty() || x.get().encoding() != Value.Password.Encoding.MD5
                || y.get().encoding() != Value.Password.Encoding.MD5 || x.get().stored().equals(y.get().stored());
    }

    private static final BareosVersion TLS_PSK = new BareosVersion(18, 2, 0);

    /** From 18.2 daemons speak TLS-PSK and refuse clear text where their resource enables TLS. */
    public static boolean hasTlsPsk(BareosVersion version) {
        return version.compareTo(TLS_PSK) >= 0;
    }

    /**
     * The initiator talks clear text to an acceptor (running {@code acceptorVersion}) whose
     * resource for it wants TLS, which closes the connection; daemons before 18.2 do not.
     */
    public static boolean clearTextRefused(Resource initiator, Resource acceptor, BareosVersion acceptorVersion) {
        return hasTlsPsk(acceptorVersion) && !Settings.flag(initiator, "TlsEnable", true)
                && Settings.flag(acceptor, "TlsEnable", true);
    }

    /** TLS is required by this resource: TlsEnable and TlsRequire both yes. */
    public static boolean tlsRequired(Resource r) {
        return Settings.flag(r, "TlsEnable", true) && Settings.flag(r, "TlsRequire", false);
    }

    /** A loopback address, which names the dialling host itself. */
    public static boolean isLoopback(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        return a.equals("localhost") || a.startsWith("localhost.") || a.startsWith("127.") || a.equals("::1")
                || a.equals("ip6-localhost");
    }
}
