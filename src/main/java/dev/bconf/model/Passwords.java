package dev.bconf.model;

import dev.bconf.schema.Datatype;
import dev.bconf.schema.DirectiveSchema;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How Bareos keeps an AUTOPASSWORD: as an MD5 digest for daemons and consoles, in clear for
 * Catalogs, key encryption keys and NDMP peers, decided by the {@code Protocol} read so far.
 */
final class Passwords {

    /** The catalogue's code for an AUTOPASSWORD Bareos keeps in clear (Director KeyEncryptionKey). */
    private static final int STORE_IN_CLEAR = 1;

    private Passwords() {
    }

    static Value.Password.Encoding encoding(String owner, DirectiveSchema schema, List<Directive> readSoFar) {
        if (schema.datatype() != Datatype.AUTOPASSWORD) {
            return Value.Password.Encoding.MD5;
        }
        if (schema.code() == STORE_IN_CLEAR || owner.equalsIgnoreCase("Catalog") || owner.equalsIgnoreCase("Ndmp")) {
            return Value.Password.Encoding.CLEAR;
        }
        boolean ndmp = readSoFar.stream().anyMatch(d -> d.name().equalsIgnoreCase("Protocol")
                && d.value().filter(v -> v instanceof Value.Choice c && isNdmp(c.canonical())).isPresent());
        return ndmp ? Value.Password.Encoding.CLEAR : Value.Password.Encoding.MD5;
    }

    /**
     * Bareos picks the password's encoding from the Protocol already read, so an NDMP
     * {@code Protocol} written after the {@code Password} stops the Director.
     */
    static Optional<ValueProblem> orderProblem(String owner, DirectiveSchema schema, DirectiveNode password,
            List<Statement> siblings) {
        if (schema.datatype() != Datatype.AUTOPASSWORD || !(owner.equalsIgnoreCase("Client")
                || owner.equalsIgnoreCase("Storage"))) {
            return Optional.empty();
        }
        int at = siblings.indexOf(password);
        boolean ndmpLater = siblings.subList(at + 1, siblings.size()).stream()
                .filter(DirectiveNode.class::isInstance).map(DirectiveNode.class::cast)
                .filter(d -> d.keyword().is("Protocol"))
                .anyMatch(d -> d.tokens().stream().findFirst().filter(t -> isNdmp(t.text())).isPresent());
        if (!ndmpLater) {
            return Optional.empty();
        }
        return Optional.of(new ValueProblem(ValueProblem.Kind.INVALID_VALUE,
                "The NDMP Protocol is set after this Password; Bareos decides how to store the password from "
                        + "the Protocol read before it and refuses the resource. Move `Protocol` above `Password`.",
                Optional.of("Trying to store password to resource \"" + owner + "\", but protocol is not known."),
                password.keyword().span()));
    }

    private static boolean isNdmp(String protocol) {
        return protocol.toLowerCase(Locale.ROOT).startsWith("ndmp");
    }
}
