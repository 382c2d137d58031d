package dev.bconf.schema;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bareos release number such as {@code 22.1.8}.
 *
 * <p>Only the numbers count: a pre-release suffix ({@code 26.0.0-pre}) is accepted and
 * dropped, because the catalogue taken from a pre-release is the best knowledge of the
 * release it precedes.
 *
 * @param major the major version ({@code 22})
 * @param minor the minor version ({@code 1})
 * @param patch the patch level ({@code 8})
 */
public record BareosVersion(int major, int minor, int patch) implements Comparable<BareosVersion> {

    private static final Pattern TEXT =
            Pattern.compile("(\\d{1,4})(?:\\.(\\d{1,4}))?(?:\\.(\\d{1,4}))?(?:-[A-Za-z0-9.]+)?");
    private static final Comparator<BareosVersion> ORDER = Comparator.comparingInt(BareosVersion::major)
            .thenComparingInt(BareosVersion::minor)
            .thenComparingInt(BareosVersion::patch);

    public BareosVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("negative version part: " + major + "." + minor + "." + patch);
        }
    }

    /**
     * Parses {@code 22}, {@code 22.1}, {@code 22.1.8} or {@code 26.0.0-pre}; missing parts are 0.
     *
     * @throws IllegalArgumentException when the text is not such a version
     */
    public static BareosVersion parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Bareos version (expected e.g. 22, 22.1 or 22.1.8): " + text);
        }
        return new BareosVersion(part(m.group(1)), part(m.group(2)), part(m.group(3)));
    }

    /** The newest version the bundled catalogue describes: the default version to check against. */
    public static BareosVersion newest() {
        return Catalogue.newestVersion();
    }

    private static int part(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** True when this version is the same as or later than {@code other}. */
    public boolean isAtLeast(BareosVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(BareosVersion other) {
        return ORDER.compare(this, other);
    }

    /** The version as Bareos writes it: {@code 22.1.8}. */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
