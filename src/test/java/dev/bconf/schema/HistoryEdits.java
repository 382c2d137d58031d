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
        return new DirectiveState(from, s.datatype(), s.code(), s.equalsSign(), s.defaultValue(), s.required(),
                s.platformSpecific(), s.aliasOf(), s.references());
    }

    /** The history with its first state split: {@code value} as the default before {@code until}. */
    static DirectiveHistory defaultBefore(DirectiveHistory h, BareosVersion until, String value) {
        List<DirectiveState> states = h.states();
        if (states.size() > 1 && !states.get(1).from().orElseThrow().isAtLeast(until)) {
            throw new IllegalStateException(h.name() + ": its facts change before " + until);
        }
        DirectiveState first = states.get(0);
        List<DirectiveState> split = new ArrayList<>();
        split.add(new DirectiveState(Optional.empty(), first.datatype(), first.code(), first.equalsSign(),
                Optional.of(value), first.required(), first.platformSpecific(), first.aliasOf(), first.references()));
        split.add(from(first, Optional.of(until)));
        split.addAll(states.subList(1, states.size()));
        return new DirectiveHistory(h.name(), h.lifespan(), split);
    }

    /** The history with every alias target spelt as {@code spelling} says. */
    static DirectiveHistory respellAliasTargets(DirectiveHistory h, UnaryOperator<String> spelling) {
        List<DirectiveState> states = h.states().stream()
                .map(s -> new DirectiveState(s.from(), s.datatype(), s.code(), s.equalsSign(), s.defaultValue(),
                        s.required(), s.platformSpecific(), s.aliasOf().map(spelling), s.references()))
                .toList();
        return new DirectiveHistory(h.name(), h.lifespan(), states);
    }
}
