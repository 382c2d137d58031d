package dev.bconf.schema;


/**
 * A catalogued Bareos version: the folder name under {@code bareos-schema/} and its number.
 *
 * @param label   the folder name ({@code 26.0.0-pre})
 * @param version the parsed number
 */
record CatalogueVersion(String label, BareosVersion version) implements Comparable<CatalogueVersion> {

    static CatalogueVersion of(String label) {
        return new CatalogueVersion(label, BareosVersion.parse(label));
    }

    /**
     * The first release of the series this version belongs to: {@code 23.0.0} for 23.1.7, and
     * {@code 19.2.0} for 19.2.13 (before 20, Bareos numbered its major releases year.minor).
     * Something first seen (or first missing) in this catalogue changed in that release.
     */
    BareosVersion seriesStart() {
        return version.major() >= 20
                ? new BareosVersion(version.major(), 0, 0)
                : new BareosVersion(version.major(), version.minor(), 0);
    }

    @Override
    public int compareTo(CatalogueVersion other) {
        return version.compareTo(other.version);
    }
}
