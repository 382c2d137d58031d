package dev.bconf.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Merges what each catalogue version says about the directives of one resource type (or
 * block) into one history per directive, checking that the versions tell a consistent story.
 */
final class HistoryBuilder {

    private final List<CatalogueVersion> versions;

    /** @param versions the catalogued versions, oldest first */
    HistoryBuilder(List<CatalogueVersion> versions) {
        this.versions = List.copyOf(versions);
    }

    /**
     * @param scope      the resource type or block, for messages
     * @param perVersion for each catalogued version, the scope's directives, or empty when that
     *                   version does not have the scope
     * @return the merged directives by newest spelling, sorted
     */
    Map<String, DirectiveHistory> directives(String scope, List<Optional<List<Observation>>> perVersion) {
        Map<String, Track> tracks = new LinkedHashMap<>();
        for (int i = 0; i < perVersion.size(); i++) {
            for (Observation o : perVersion.get(i).orElse(List.of())) {
                tracks.computeIfAbsent(Names.fold(o.spelling()), k -> new Track()).add(i, o);
            }
        }
        Map<String, String> spellings = new TreeMap<>();
        tracks.forEach((folded, track) -> spellings.put(folded, track.newest().spelling()));
        Map<String, DirectiveHistory> merged = new TreeMap<>();
        for (Track track : tracks.values()) {
            DirectiveHistory d = merge(scope + "." + track.newest().spelling(), track);
            merged.put(d.name(), HistoryEdits.respellAliasTargets(d, target -> spellings.get(Names.fold(target))));
        }
        return merged;
    }

    /** A fresh list with one empty entry per catalogued version, for {@link #directives} to be filled in. */
    List<Optional<List<Observation>>> absentEverywhere() {
        List<Optional<List<Observation>>> list = new ArrayList<>();
        versions.forEach(v -> list.add(Optional.empty()));
        return list;
    }

    /** The lifespan of something present in the catalogued versions at {@code indexes}. */
    Lifespan presence(String what, List<Integer> indexes, Optional<BareosVersion> deprecatedSince) {
        return lifespan(what, indexes, Optional.empty(), deprecatedSince.isPresent(), deprecatedSince);
    }

    private DirectiveHistory merge(String what, Track track) {
        Optional<BareosVersion> since = single(what, "introduced in", track.seen.stream()
                .map(Observation::introducedIn).flatMap(Optional::stream).map(BareosVersion::parse).toList());
        Optional<BareosVersion> deprecatedIn = single(what, "deprecated in", track.seen.stream()
                .map(Observation::deprecatedIn).flatMap(Optional::stream).map(BareosVersion::parse).toList());
        OptionalInt flagged = firstFlagged(what, track);
        if (deprecatedIn.isPresent() && flagged.isEmpty()) {
            throw new IllegalStateException(what + ": deprecated in " + deprecatedIn.get() + " but never flagged");
        }
        Optional<BareosVersion> deprecatedSince = deprecatedSince(flagged, deprecatedIn);
        Lifespan lifespan = lifespan(what, track.indexes, since, flagged.isPresent(), deprecatedSince);
        List<DirectiveState> states = new ArrayList<>();
        DirectiveState last = track.seen.get(0).state();
        states.add(last);
        for (int k = 1; k < track.seen.size(); k++) {
            DirectiveState state = track.seen.get(k).state();
            if (!state.equals(last)) {
                states.add(HistoryEdits.from(state, Optional.of(seriesStart(track.indexes.get(k)))));
                last = state;
            }
        }
        return new DirectiveHistory(track.newest().spelling(), lifespan, states);
    }

    private Lifespan lifespan(String what, List<Integer> indexes, Optional<BareosVersion> introducedIn,
            boolean deprecated, Optional<BareosVersion> deprecatedSince) {
        int first = indexes.get(0);
        int last = indexes.get(indexes.size() - 1);
        if (last - first + 1 != indexes.size()) {
            throw new IllegalStateException(what + ": missing from some catalogues between "
                    + versions.get(first).label() + " and " + versions.get(last).label());
        }
        Optional<BareosVersion> since = since(what, first, introducedIn);
        Optional<BareosVersion> until = last == versions.size() - 1
                ? Optional.empty()
                : Optional.of(seriesStart(last + 1));
        return new Lifespan(since, until, deprecated, deprecatedSince);
    }

    /**
     * The first version with a directive: the version its {@code versions} field names, unless
     * a catalogue of an older release already has it (GrpcModule: in 24.0.10, "25.0.0-" later),
     * then the start of that release's series, so that no release that may have it is told
     * otherwise. Without a named version, the series start of the first catalogue having it;
     * empty when the oldest catalogue has it.
     */
    private Optional<BareosVersion> since(String what, int first, Optional<BareosVersion> introducedIn) {
        if (introducedIn.isPresent() && first > 0 && !introducedIn.get().isAtLeast(versions.get(first - 1).version())) {
            throw new IllegalStateException(what + ": introduced in " + introducedIn.get() + " but missing from the "
                    + versions.get(first - 1).label() + " catalogue");
        }
        boolean cataloguedEarlier = introducedIn.isPresent()
                && introducedIn.get().compareTo(versions.get(first).version()) > 0;
        if (introducedIn.isPresent() && !cataloguedEarlier) {
            return introducedIn;
        }
        return first == 0 ? Optional.empty() : Optional.of(seriesStart(first));
    }

    /**
     * From which version on a directive is deprecated: the version its {@code versions} field
     * names, unless an older catalogue already flags it (AlwaysUseLmdb: flagged in 23.1.7,
     * "-24.0.0" later), then that catalogue's release, where a daemon is known to warn. Without
     * a named version, the series start of the first flagging catalogue; empty when the oldest
     * catalogue flags it already, as it was deprecated before anything we know.
     */
    private Optional<BareosVersion> deprecatedSince(OptionalInt flagged, Optional<BareosVersion> deprecatedIn) {
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        BareosVersion flaggedIn = versions.get(flagged.getAsInt()).version();
        if (deprecatedIn.isPresent()) {
            return Optional.of(deprecatedIn.get().compareTo(flaggedIn) > 0 ? flaggedIn : deprecatedIn.get());
        }
        return flagged.getAsInt() == 0 ? Optional.empty() : Optional.of(seriesStart(flagged.getAsInt()));
    }

    /** The catalogue index where the deprecated flag is first set; once set it must stay set. */
    private OptionalInt firstFlagged(String what, Track track) {
        OptionalInt first = OptionalInt.empty();
        for (int k = 0; k < track.seen.size(); k++) {
            boolean flagged = track.seen.get(k).deprecated();
            if (flagged && first.isEmpty()) {
                first = OptionalInt.of(track.indexes.get(k));
            } else if (!flagged && first.isPresent()) {
                throw new IllegalStateException(what + ": deprecated, then not deprecated in "
                        + versions.get(track.indexes.get(k)).label());
            }
        }
        return first;
    }

    private static Optional<BareosVersion> single(String what, String field, List<BareosVersion> values) {
        if (values.stream().distinct().count() > 1) {
            throw new IllegalStateException(what + ": catalogues disagree on " + field + ": " + values);
        }
        return values.stream().findFirst();
    }

    private BareosVersion seriesStart(int index) {
        return versions.get(index).seriesStart();
    }

    /** One directive's observations in version order. */
    private static final class Track {
        private final List<Integer> indexes = new ArrayList<>();
        private final List<Observation> seen = new ArrayList<>();

        void add(int index, Observation o) {
            if (!indexes.isEmpty() && indexes.get(indexes.size() - 1) == index) {
                throw new IllegalStateException(o.spelling() + ": listed twice in one catalogue");
            }
            indexes.add(index);
            seen.add(o);
        }

        Observation newest() {
            return seen.get(seen.size() - 1);
        }
    }
}
