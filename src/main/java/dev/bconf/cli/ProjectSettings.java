package dev.bconf.cli;

import dev.bconf.diagnostic.Severity;
import dev.bconf.schema.BareosVersion;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a project file ({@code .bconf.yaml}) sets; the command line overrides each of them.
 *
 * @param file          the file they were read from; empty when there is none
 * @param disable       rule ids not to report
 * @param enable        rule ids to report even where disabled
 * @param severities    severity per rule id
 * @param failOn        the level that fails
 * @param sysroot       where absolute includes are resolved, relative to the file's folder when written relative
 * @param bareosVersion the Bareos version the hosts run
 * @param hostVersions  the version per host
 */
record ProjectSettings(Optional<Path> file, Set<String> disable, Set<String> enable, Map<String, Severity> severities,
        Optional<FailOn> failOn, Optional<Path> sysroot, Optional<BareosVersion> bareosVersion,
        Map<String, BareosVersion> hostVersions) {

    static final ProjectSettings NONE = new ProjectSettings(Optional.empty(), Set.of(), Set.of(), Map.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

    ProjectSettings {
        Objects.requireNonNull(file, "file");
        disable = Set.copyOf(disable);
        enable = Set.copyOf(enable);
        severities = Map.copyOf(severities);
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(sysroot, "sysroot");
        Objects.requireNonNull(bareosVersion, "bareosVersion");
        hostVersions = Map.copyOf(hostVersions);
    }
}
