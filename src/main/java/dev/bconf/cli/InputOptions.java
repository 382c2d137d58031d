package dev.bconf.cli;

import dev.bconf.Bconf;
import dev.bconf.InputException;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.discover.DaemonKind;
import dev.bconf.schema.BareosVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What to read and for which Bareos version: the options every analysing command takes. */
final class InputOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Config files, bareos-*.d folders, config roots or site folders (default: /etc/bareos).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "PATH", description = "A Director configuration, named explicitly.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--fd", paramLabel = "PATH", description = "A File Daemon configuration (repeatable).")
    List<Path> fds = new ArrayList<>();

    @Option(names = "--sd", paramLabel = "PATH", description = "A Storage Daemon configuration (repeatable).")
    List<Path> sds = new ArrayList<>();

    @Option(names = "--sysroot", paramLabel = "DIR",
            description = "Resolve absolute paths in @ includes below DIR.")
    Optional<Path> sysroot = Optional.empty();

    @Option(names = "--bareos-version", paramLabel = "V", converter = VersionConverter.class,
            description = "The Bareos version the hosts run (default: the newest the catalogue knows).")
    Optional<BareosVersion> bareosVersion = Optional.empty();

    @Option(names = "--host-version", paramLabel = "HOST=V",
            description = "The Bareos version one host runs, by its folder name in a site (repeatable).")
    Map<String, String> hostVersionText = new LinkedHashMap<>();

    // Main reads it from the arguments when an internal error escapes; declared so it parses.
    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    /**
     * Reads what the options name; an input that cannot be read is reported on the command's
     * error stream and gives an empty result.
     */
    Optional<Site> load() {
        LoadOptions options = loadOptions();
        try {
            return Optional.of(Bconf.load(options));
        } catch (InputException e) {
            command.commandLine().getErr().println("bconf: " + e.getMessage());
            return Optional.empty();
        }
    }

    private LoadOptions loadOptions() {
        Map<DaemonKind, List<Path>> explicit = new EnumMap<>(DaemonKind.class);
        if (!dirs.isEmpty()) {
            explicit.put(DaemonKind.DIRECTOR, dirs);
        }
        if (!fds.isEmpty()) {
            explicit.put(DaemonKind.FILE_DAEMON, fds);
        }
        if (!sds.isEmpty()) {
            explicit.put(DaemonKind.STORAGE_DAEMON, sds);
        }
        List<Path> inputs = paths.isEmpty() && explicit.isEmpty() ? List.of(Path.of("/etc/bareos")) : paths;
        return new LoadOptions(inputs, explicit, sysroot, bareosVersion, hostVersions());
    }

    private Map<String, BareosVersion> hostVersions() {
        Map<String, BareosVersion> versions = new HashMap<>();
        VersionConverter converter = new VersionConverter();
        for (Map.Entry<String, String> e : hostVersionText.entrySet()) {
            try {
                versions.put(e.getKey(), converter.convert(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new ParameterException(command.commandLine(), "--host-version " + e.getKey() + "="
                        + e.getValue() + ": " + ex.getMessage());
            }
        }
        return versions;
    }
}
