package dev.bconf;

import dev.bconf.discover.DaemonKind;
import dev.bconf.schema.BareosVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to read and how.
 *
 * @param paths         config files, {@code .d} folders, config roots or site folders, detected by shape
 * @param explicit      daemon configs named with their kind ({@code --dir}, {@code --fd}, {@code --sd})
 * @param sysroot       where absolute include paths are resolved; empty for {@code /}
 * @param bareosVersion the Bareos version the hosts run; empty for the newest the catalogue knows
 * @param hostVersions  versions of single hosts (by host folder name) that run another one
 * @param text          one more configuration, given as text (standard input)
 */
public record LoadOptions(List<Path> paths, Map<DaemonKind, List<Path>> explicit, Optional<Path> sysroot,
        Optional<BareosVersion> bareosVersion, Map<String, BareosVersion> hostVersions, Optional<ConfigText> text) {

    public LoadOptions {
        paths = List.copyOf(paths);
        explicit = Map.copyOf(explicit);
        Objects.requireNonNull(sysroot, "sysroot");
        Objects.requireNonNull(bareosVersion, "bareosVersion");
        hostVersions = Map.copyOf(hostVersions);
        Objects.requireNonNull(text, "text");
    }

    /** Options that read files only. */
    public LoadOptions(List<Path> paths, Map<DaemonKind, List<Path>> explicit, Optional<Path> sysroot,
            Optional<BareosVersion> bareosVersion, Map<String, BareosVersion> hostVersions) {
        this(paths, explicit, sysroot, bareosVersion, hostVersions, Optional.empty());
    }

    /** Reads the given paths with default options. */
    public static LoadOptions of(Path... paths) {
        return new LoadOptions(List.of(paths), Map.of(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** The same options with absolute includes resolved below {@code root}. */
    public LoadOptions withSysroot(Path root) {
        return new LoadOptions(paths, explicit, Optional.of(root), bareosVersion, hostVersions, text);
    }

    /** The same options checking against another Bareos version. */
    public LoadOptions withBareosVersion(BareosVersion version) {
        return new LoadOptions(paths, explicit, sysroot, Optional.of(version), hostVersions, text);
    }

    /** The same options reading {@code text} as one more configuration file named {@code name}. */
    public LoadOptions withText(Path name, String text) {
        return new LoadOptions(paths, explicit, sysroot, bareosVersion, hostVersions,
                Optional.of(new ConfigText(name, text)));
    }

    /** The version a daemon on this host runs. */
    public BareosVersion versionFor(Optional<String> host) {
        return host.map(hostVersions::get).or(() -> bareosVersion).orElseGet(BareosVersion::newest);
    }
}
