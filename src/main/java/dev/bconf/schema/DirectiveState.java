package dev.bconf.schema;

import java.util.Optional;

/**
 * The facts of a directive from one version on: what {@link DirectiveSchema} shows apart
 * from its name and lifespan.
 *
 * @param from the first version these facts apply to; empty for the first state, which
 *             applies to every earlier version as well
 */
record DirectiveState(
        Optional<BareosVersion> from,
        Datatype datatype,
        int code,
        boolean equalsSign,
        Optional<String> defaultValue,
        boolean required,
        boolean platformSpecific,
        Optional<String> aliasOf,
        Optional<String> references) {

    boolean appliesTo(BareosVersion version) {
        return from.map(version::isAtLeast).orElse(true);
    }
}
