package dev.bconf.cli;

import dev.bconf.schema.BareosVersion;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code 22}, {@code 22.1} or {@code 22.1.8} as a Bareos version. */
final class VersionConverter implements ITypeConverter<BareosVersion> {
    @Override
    public BareosVersion convert(String value) {
        try {
            return BareosVersion.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Bareos version (expected e.g. 22, 22.1 or 22.1.8): " + value, e);
        }
    }
}
