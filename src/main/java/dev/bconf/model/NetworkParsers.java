package dev.bconf.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * PORT, ADDRESS and ADDRESSES (res.cc {@code StoreAddressesPort}, {@code StoreAddressesAddress},
 * {@code StoreAddresses}, address_conf.cc). None of them drops the rest of its line. Host
 * and service names are kept as written: the daemon resolves them on its own host, bconf
 * never asks the network or the local system.
 */
final class NetworkParsers {

    private NetworkParsers() {
    }

    static Value port(Reader r) {
        BareosToken t = listenWord(r, "a port", "Expected a port number or string, got: ", true);
        Value.Port port = portOf(t.text()).orElseThrow(() -> r.reject(badPort(t.text()), "can't add port ("
                + t.text() + ") to (can't resolve service(" + t.text() + "))", t.span()));
        r.stop();
        return port;
    }

    static Value address(Reader r) {
        BareosToken t = listenWord(r, "an address", "Expected an IP number or a hostname, got: ", true);
        Value.Address address = addressOf(t.text(), t.text().contains(":") ? Value.IpFamily.IPV6 : Value.IpFamily.IPV4);
        r.stop();
        return address;
    }

    static Value addresses(Reader r) {
        BareosToken t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        if (t.kind() != BareosToken.Kind.BLOCK_BEGIN) {
            throw r.reject("Bareos expects `{` after `Addresses =`.", "Expected a block begin { , got: " + t.text(),
                    t.span());
        }
        t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        if (t.kind() == BareosToken.Kind.BLOCK_END) {
            throw r.reject("An Addresses block needs at least one `ip`, `ipv4` or `ipv6` entry.",
                    "Empty addr block is not allowed", t.span());
        }
        List<Value.Addresses.Listen> entries = new ArrayList<>();
        do {
            entries.add(listen(r, t));
            t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        } while (t.kind() == BareosToken.Kind.IDENTIFIER || t.kind() == BareosToken.Kind.UNQUOTED_STRING);
        if (t.kind() != BareosToken.Kind.BLOCK_END) {
            throw endOfBlock(r, t);
        }
        r.stop();
        return new Value.Addresses(entries);
    }

    /** One {@code ip|ipv4|ipv6 = { addr = ...; port = ... }}. */
    private static Value.Addresses.Listen listen(Reader r, BareosToken family) {
        if (family.kind() != BareosToken.Kind.IDENTIFIER && family.kind() != BareosToken.Kind.UNQUOTED_STRING) {
            throw r.reject("Bareos expects `ip`, `ipv4` or `ipv6` here.", "Expected a string, got: " + family.text(),
                    family.span());
        }
        Value.IpFamily ipFamily;
        if (Chars.equalsIgnoreCase(family.text(), "ip") || Chars.equalsIgnoreCase(family.text(), "ipv4")) {
            ipFamily = Value.IpFamily.IPV4;
        } else if (Chars.equalsIgnoreCase(family.text(), "ipv6")) {
            ipFamily = Value.IpFamily.IPV6;
        } else {
            throw r.reject("`" + family.text() + "` is not an address family: write `ip`, `ipv4` or `ipv6`.",
                    "Expected a string [ip|ipv4|ipv6], got: " + family.text(), family.span());
        }
        expect(r, BareosToken.Kind.EQUALS, "`=` after `" + family.text() + "`", "Expected a equal =, got: ");
        expect(r, BareosToken.Kind.BLOCK_BEGIN, "`{` after `" + family.text() + " =`",
                "Expected a block begin { , got: ");
        Optional<String> address = Optional.empty();
        Optional<BareosToken> port = Optional.empty();
        BareosToken t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        do {
            boolean isPort = Chars.equalsIgnoreCase(t.text(), "port");
            boolean isAddr = Chars.equalsIgnoreCase(t.text(), "addr");
            if (t.kind() != BareosToken.Kind.IDENTIFIER || !(isPort || isAddr)) {
                throw r.reject(t.kind() == BareosToken.Kind.BLOCK_END
                        ? "An `" + family.text() + " = { }` block cannot be empty: give it an `addr` or a `port`."
                        : "Inside `" + family.text() + " = { }` Bareos expects `addr` or `port`.",
                        "Expected a identifier [addr|port], got: " + t.text(), t.span());
            }
            if (isPort ? port.isPresent() : address.isPresent()) {
                throw r.reject("An `" + family.text() + "` block takes one `" + t.text() + "`; write one block per "
                        + "address.", "Only one " + (isPort ? "port" : "addr") + " per address block", t.span());
            }
            expect(r, BareosToken.Kind.EQUALS, "`=` after `" + t.text() + "`", "Expected a equal =, got: ");
            if (isPort) {
                port = Optional.of(listenWord(r, "a port", "Expected a number or a string, got: ", true));
            } else {
                address = Optional.of(listenWord(r, "an address", "Expected an IP number or a hostname, got: ", false)
                        .text());
            }
            t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        } while (t.kind() == BareosToken.Kind.IDENTIFIER);
        if (t.kind() != BareosToken.Kind.BLOCK_END) {
            throw endOfBlock(r, t);
        }
        return new Value.Addresses.Listen(ipFamily, address.map(a -> addressOf(a, ipFamily)), portIn(r, port,
                address));
    }

    private static Optional<Value.Port> portIn(Reader r, Optional<BareosToken> port, Optional<String> address) {
        if (port.isEmpty()) {
            return Optional.empty();
        }
        BareosToken t = port.get();
        return Optional.of(portOf(t.text()).orElseThrow(() -> r.reject(badPort(t.text()), "Can't add hostname("
                + address.orElse("") + ") and port(" + t.text() + ") to addrlist (can't resolve service("
                + t.text() + "))", t.span())));
    }

    /** A word Bareos takes as an address or port: unquoted; a bare number only where {@code numbers}. */
    private static BareosToken listenWord(Reader r, String what, String refusal, boolean numbers) {
        BareosToken t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        boolean ok = t.kind() == BareosToken.Kind.IDENTIFIER || t.kind() == BareosToken.Kind.UNQUOTED_STRING
                || (numbers && t.kind() == BareosToken.Kind.NUMBER);
        if (!ok) {
            throw t.kind() == BareosToken.Kind.NUMBER
                    ? r.reject("`" + t.text() + "` is not an address: write the address in full.", refusal + t.text(),
                            t.span())
                    : r.unexpected(t, what, refusal + t.text());
        }
        return r.word(t);
    }

    private static void expect(Reader r, BareosToken.Kind kind, String what, String refusal) {
        BareosToken t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        if (t.kind() != kind) {
            throw r.reject("Bareos expects " + what + ".", refusal + t.text(), t.span());
        }
    }

    private static Reader.Rejection endOfBlock(Reader r, BareosToken t) {
        return r.reject(t.kind() == BareosToken.Kind.COMMA
                ? "Entries of an Addresses block are separated by line breaks or `;`, not by commas."
                : "Bareos expects `}` here to close the block.", "Expected a end of block }, got: " + t.text(),
                t.span());
    }

    private static String badPort(String text) {
        return "Bareos cannot listen on port `" + text + "`: a port number goes from 1 to 65534, and no service "
                + "can be named by digits alone.";
    }

    /**
     * Bareos takes the leading number ({@code atol}) when it is between 1 and 65534;
     * anything else is looked up as a service name on the daemon's host.
     */
    static Optional<Value.Port> portOf(String text) {
        int number = (int) CNumbers.atol(text);
        if (number > 0 && number < 0xFFFF) {
            return Optional.of(new Value.Port(text, OptionalInt.of(number)));
        }
        if (text.matches("[+-]?[0-9]+")) {
            return Optional.empty();
        }
        return Optional.of(new Value.Port(text, OptionalInt.empty()));
    }

    /** A literal keeps its own family; a host name is resolved for the family Bareos asks for. */
    static Value.Address addressOf(String text, Value.IpFamily family) {
        if (IpLiterals.isIpv4(text)) {
            return new Value.Address(text, Value.IpFamily.IPV4, true);
        }
        if (IpLiterals.isIpv6(text)) {
            return new Value.Address(text, Value.IpFamily.IPV6, true);
        }
        return new Value.Address(text, family, false);
    }
}
