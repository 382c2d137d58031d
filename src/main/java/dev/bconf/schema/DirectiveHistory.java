package dev.bconf.schema;

import java.util.List;
import java.util.Optional;

/**
 * One directive across every catalogued version.
 *
 * @param name     the newest canonical spelling
 * @param lifespan when it exists and is deprecated
 * @param states   its facts, oldest first; each applies until the next one's {@code from}
 */
record DirectiveHistory(String name, Lifespan lifespan, List<DirectiveState> states) {

    DirectiveHistory {
        states = List.copyOf(states);
        if (states.isEmpty() || states.get(0).from().isPresent()) {
            throw new IllegalArgumentException(name + ": the first state must apply from the beginning");
        }
    }

    /** The directive as {@code version} defines it, if that version has it. */
    Optional<DirectiveSchema> at(BareosVersion version) {
        if (!lifespan.existsIn(version)) {
            return Optional.empty();
        }
        DirectiveState s = states.get(0);
        for (DirectiveState candidate : states) {
            if (candidate.appliesTo(version)) {
                s = candidate;
            }
        }
        return Optional.of(new DirectiveSchema(name, s.datatype(), s.code(), s.equalsSign(), s.defaultValue(),
                s.required(), lifespan.isDeprecatedIn(version), s.platformSpecific(), s.aliasOf(), s.references(),
                lifespan));
    }
}
