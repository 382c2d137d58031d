package dev.bconf.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One directive of a resource type (or of a nested block such as {@code RunScript}) as one
 * Bareos version defines it.
 *
 * @param name             the canonical spelling ({@code HeartbeatInterval})
 * @param datatype         the value type
 * @param code             Bareos's auxiliary number for the item: the message destination for
 *                         {@code MESSAGES}, the ACL slot for {@code ACL}, the bit for {@code BIT};
 *                         for {@code RES} and {@code RESOURCE_LIST} its meaning changed between
 *                         versions, so use {@code references} instead
 * @param equalsSign       true when written {@code Keyword = value}; false for blocks written
 *                         {@code Keyword { ... }} ({@code RunScript}, {@code Include},
 *                         {@code Exclude})
 * @param defaultValue     the default in config syntax, as Bareos prints it ({@code "9102"},
 *                         {@code "yes"}, {@code "on"}); not always valid input
 * @param required         true when Bareos refuses a resource without it; always false for an
 *                         alias (its target carries the flag)
 * @param deprecated       true when this version warns about it
 * @param platformSpecific true when the default differs between platforms (paths, ciphers)
 * @param aliasOf          for an alternative spelling, the canonical name of the directive it
 *                         sets
 * @param references       for {@code RES} and {@code RESOURCE_LIST}, the resource type its
 *                         values name ({@code Pool} for Job {@code Pool})
 * @param lifespan         the versions that have it
 */
public record DirectiveSchema(
        String name,
        Datatype datatype,
        int code,
        boolean equalsSign,
        Optional<String> defaultValue,
        boolean required,
        boolean deprecated,
        boolean platformSpecific,
        Optional<String> aliasOf,
        Optional<String> references,
        Lifespan lifespan) {

    public DirectiveSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datatype, "datatype");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(aliasOf, "aliasOf");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(lifespan, "lifespan");
    }

    /** True when this is an alternative spelling of another directive. */
    public boolean isAlias() {
        return aliasOf.isPresent();
    }
}
