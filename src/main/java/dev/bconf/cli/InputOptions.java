package dev.bconf.cli;

import dev.bconf.LoadOptions;
import dev.bconf.discover.DaemonKind;
import dev.bconf.schema.BareosVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/** What every analysing command reads: paths, explicit daemons, sysroot and Bareos versions. */
final class InputOptions {

    private static final Path STDIN = Path.of("-");

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Config files, bareos-*.d folders, config roots or site folders (default: /etc/bareos); "
                    + "- reads one config file from standard input.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--stdin-name", paramLabel = "NAME", defaultValue = "stdin",
            description = "The file name standard input is reported under; a name such as bareos-fd.conf "
                    + "also tells the daemon (default: ${DEFAULT-VALUE}).")
    Path stdinName;

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

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read bconf's settings from FILE instead of the nearest " + ProjectFile.NAME
                    + " in the working directory or above it.")
    Optional<Path> config = Optional.empty();

    // Main reads it from the arguments when an internal error escapes; declared so that it parses.
    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    private ProjectSettings project;

    /** The project file's settings, read once; none when there is no file. */
    ProjectSettings project(CommandSpec spec) {
        if (project == null) {
            Optional<Path> file = config.or(() -> ProjectFile.find(BconfCommand.environment(spec).workingDirectory()));
            try {
                project = file.isEmpty() ? ProjectSettings.NONE : ProjectFile.read(file.get());
            } catch (ProjectFile.Invalid e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.get(), e);
            }
        }
        return project;
    }

    LoadOptions loadOptions(CommandSpec spec) {
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
        List<Path> files = paths.stream().filter(p -> !p.equals(STDIN)).toList();
        boolean stdin = files.size() < paths.size();
        List<Path> inputs = paths.isEmpty() && explicit.isEmpty() ? List.of(Path.of("/etc/bareos")) : files;
        ProjectSettings settings = project(spec);
        Map<String, BareosVersion> versions = new HashMap<>(settings.hostVersions());
        versions.putAll(hostVersions(spec));
        LoadOptions options = new LoadOptions(inputs, explicit, sysroot.or(settings::sysroot),
                bareosVersion.or(settings::bareosVersion), versions);
        return stdin ? options.withText(stdinName, standardInput(spec)) : options;
    }

    private static String standardInput(CommandSpec spec) {
        try {
            return new String(BconfCommand.environment(spec).stdin().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    private Map<String, BareosVersion> hostVersions(CommandSpec spec) {
        Map<String, BareosVersion> versions = new HashMap<>();
        VersionConverter converter = new VersionConverter();
        for (Map.Entry<String, String> e : hostVersionText.entrySet()) {
            try {
                versions.put(e.getKey(), converter.convert(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new ParameterException(spec.commandLine(), "--host-version " + e.getKey() + "=" + e.getValue()
                        + ": " + ex.getMessage());
            }
        }
        return versions;
    }
}
