package dev.bconf.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Changes the generator makes to directive histories after merging the catalogues. */
final class HistoryEdits {

    private HistoryEdits() {
    }

    static DirectiveState from(DirectiveState s, Optional<BareosVersion> from) {
        return copy(s, from, s.equalsSign(), s.defaultValue(), s.aliasOf());
    }

    /** The history with its first state split: {@code value} as the default before {@code until}. */
    static DirectiveHistory defaultBefore(DirectiveHistory h, BareosVersion until, String value) {
        List<DirectiveState> states = h.states();
        if (states.size() > 1 && !states.get(1).from().orElseThrow().isAtLeast(until)) {
            throw new IllegalStateException(h.name() + ": its facts change before " + until);
        }
        DirectiveState first = states.get(0);
        List<DirectiveState> split = new ArrayList<>();
        split.add(copy(first, Optional.empty(), first.equalsSign(), Optional.of(value), first.aliasOf()));
        split.add(from(first, Optional.of(until)));
        split.addAll(states.subList(1, states.size()));
        return new DirectiveHistory(h.name(), h.lifespan(), split);
    }

    /** The history with every state written without {@code =}. */
    static DirectiveHistory withoutEquals(DirectiveHistory h) {
        return eachState(h, s -> copy(s, s.from(), false, s.defaultValue(), s.aliasOf()));
    }

    /** The history with every alias target spelt as {@code spelling} says. */
    static DirectiveHistory respellAliasTargets(DirectiveHistory h, UnaryOperator<String> spelling) {
        return eachState(h, s -> copy(s, s.from(), s.equalsSign(), s.defaultValue(), s.aliasOf().map(spelling)));
    }

    private static DirectiveHistory eachState(DirectiveHistory h, UnaryOperator<DirectiveState> change) {
        return new DirectiveHistory(h.name(), h.lifespan(), h.states().stream().map(change).toList());
    }

    private static DirectiveState copy(DirectiveState s, Optional<BareosVersion> from, boolean equalsSign,
            Optional<String> defaultValue, Optional<String> aliasOf) {
        return new DirectiveState(from, s.datatype(), s.code(), equalsSign, defaultValue, s.required(),
                s.platformSpecific(), aliasOf, s.references());
    }
}
