package dev.bconf.discover;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.SourceSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the paths a user names into daemon configuration sources, following the layouts
 * Bareos itself understands (a single {@code bareos-dir.conf}, a {@code bareos-dir.d/} tree, a
 * config root such as {@code /etc/bareos}) plus site folders with one root per host.
 */
public final class Discovery {

    private static final Path ETC_BAREOS = Path.of("etc", "bareos");
    private static final Pattern CONFIG_FILE_NAME =
            Pattern.compile("(?i)(bareos|bacula)-(dir|fd|sd)\\.conf|bconsole\\.conf|tray-monitor\\.conf");

    private Discovery() {
    }

    /** The result: sources found, and findings about paths that held none. */
    public record Result(List<DaemonSource> sources, List<Diagnostic> diagnostics) {
        public Result {
            sources = List.copyOf(sources);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * Discovers the daemon configurations below {@code path}.
     *
     * @throws NoSuchFileException when the path does not exist
     * @throws IOException         when it cannot be read
     */
    public static Result discover(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        List<DaemonSource> sources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (Files.isRegularFile(path)) {
            fromFile(path, Optional.empty(), diagnostics).ifPresent(sources::add);
        } else if (DaemonKind.fromFileName(name(path)).isPresent()) {
            fromDaemonDirectory(path, DaemonKind.fromFileName(name(path)).orElseThrow(), path.getParent(),
                    Optional.empty(), diagnostics).ifPresent(sources::add);
        } else {
            // A config root, a host folder holding one, or else a site of host folders.
            Optional<List<DaemonSource>> root = asRoot(path, Optional.empty(), diagnostics)
                    .or(() -> asRoot(path.resolve(ETC_BAREOS), Optional.of(name(path)), diagnostics));
            if (root.isPresent()) {
                sources.addAll(root.get());
            } else {
                // A site has thousands of host folders, each a few dozen file-system calls to
                // look into: look into them on all cores, keeping their order.
                List<Path> hosts = listing(path).orElse(List.of());
                for (Result host : hosts.parallelStream().map(Discovery::hostFolder).toList()) {
                    sources.addAll(host.sources());
                    diagnostics.addAll(host.diagnostics());
                }
            }
        }
        if (sources.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Diagnostic.of(ReadingRules.UNKNOWN_DAEMON, SourceSpan.startOf(path),
                    "No Bareos configuration found in " + path + ": expected bareos-dir.conf, bareos-fd.conf, "
                            + "bareos-sd.conf, bconsole.conf, a bareos-*.d/ folder, a config root such as "
                            + "/etc/bareos, or a site folder with one such root per host."));
        }
        return new Result(sources, diagnostics);
    }

    /** A daemon configuration named explicitly, e.g. with {@code --fd PATH}. */
    public static Result explicit(Path path, DaemonKind kind) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<DaemonSource> source;
        if (Files.isRegularFile(path)) {
            source = Optional.of(single(path, kind, Optional.empty(), Optional.empty()));
        } else if (DaemonKind.fromFileName(name(path)).isPresent()) {
            source = fromDaemonDirectory(path, kind, path.getParent(), Optional.empty(), diagnostics);
        } else {
            source = fromRoot(path, Optional.empty(), diagnostics).stream().filter(s -> s.kind() == kind).findFirst();
            if (source.isEmpty() && diagnostics.isEmpty()) {
                diagnostics.add(Diagnostic.of(ReadingRules.UNKNOWN_DAEMON, SourceSpan.startOf(path),
                        "No " + kind.baseName() + " configuration found in " + path + "."));
            }
        }
        return new Result(source.stream().toList(), diagnostics);
    }

    /** One folder of a site: a host's config root, or a host folder holding {@code etc/bareos}. */
    private static Result hostFolder(Path host) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<DaemonSource> sources = List.of();
        if (!name(host).startsWith(".")) {
            Optional<String> name = Optional.of(name(host));
            sources = asRoot(host, name, diagnostics)
                    .or(() -> asRoot(host.resolve(ETC_BAREOS), name, diagnostics)).orElse(List.of());
        }
        return new Result(sources, diagnostics);
    }

    /**
     * Configuration text without a file of its own (standard input) reported as {@code name}:
     * the daemon is told by the name when it is a config file name or lies in a
     * {@code bareos-*.d} folder, else by the content.
     */
    public static Result text(Path name, String text) {
        Optional<DaemonKind> byName = Optional.empty();
        for (Path p = name; p != null && p.getFileName() != null && byName.isEmpty(); p = p.getParent()) {
            byName = DaemonKind.fromFileName(p.getFileName().toString());
        }
        Optional<ContentGuess.Guess> guess = byName.isPresent() ? Optional.empty() : ContentGuess.guess(text);
        if (byName.isEmpty() && guess.isEmpty()) {
            return new Result(List.of(), List.of(Diagnostic.of(ReadingRules.UNKNOWN_DAEMON, SourceSpan.startOf(name),
                    "Cannot tell which daemon reads " + name + ": its resources do not tell. Give it a config "
                            + "file name such as bareos-fd.conf (--stdin-name).")));
        }
        DaemonKind kind = byName.or(() -> guess.map(ContentGuess.Guess::kind)).orElseThrow();
        Path root = name.toAbsolutePath().normalize().getParent();
        return new Result(List.of(new DaemonSource(kind, Optional.empty(), root, name, List.of(name),
                guess.map(ContentGuess.Guess::reason))), List.of());
    }

    /** The daemons of the config root {@code dir}; empty when it is none. Its folder is listed once. */
    private static Optional<List<DaemonSource>> asRoot(Path dir, Optional<String> host, List<Diagnostic> diagnostics) {
        List<Path> children = listing(dir).orElse(List.of());
        return isConfigRoot(children) ? Optional.of(fromRoot(dir, children, host, diagnostics)) : Optional.empty();
    }

    private static boolean isConfigRoot(List<Path> children) {
        for (Path child : children) {
            String n = child.getFileName().toString();
            if (DaemonKind.fromFileName(n).filter(k -> isExactConfigName(child, n, k)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isExactConfigName(Path child, String n, DaemonKind kind) {
        return n.endsWith(".conf") ? CONFIG_FILE_NAME.matcher(n).matches() && Files.isRegularFile(child)
                : n.equalsIgnoreCase(kind.baseName() + ".d") && Files.isDirectory(child);
    }

    private static List<DaemonSource> fromRoot(Path root, Optional<String> host, List<Diagnostic> diagnostics) {
        return fromRoot(root, listing(root).orElse(List.of()), host, diagnostics);
    }

    /** Per daemon in a root: the single file wins over the .d folder, as in Bareos. */
    private static List<DaemonSource> fromRoot(Path root, List<Path> children, Optional<String> host,
            List<Diagnostic> diagnostics) {
        // Looked up in the listing first: asking the file system for each of the names a root
        // could hold costs a failed call (and an exception inside the JDK) per name absent.
        Set<String> present = names(children);
        List<DaemonSource> found = new ArrayList<>();
        for (DaemonKind kind : DaemonKind.values()) {
            Optional<Path> file = existing(root, present, kind, ".conf", true);
            if (file.isPresent()) {
                found.add(single(file.get(), kind, host, Optional.empty()));
                continue;
            }
            Optional<Path> dir = existing(root, present, kind, ".d", false);
            if (dir.isPresent()) {
                fromDaemonDirectory(dir.get(), kind, root, host, diagnostics).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<Path> existing(Path root, Set<String> present, DaemonKind kind, String suffix,
            boolean regularFile) {
        for (String stem : kind.stems()) {
            if (!present.contains(stem + suffix)) {
                continue;
            }
            Path p = root.resolve(stem + suffix);
            if (regularFile ? Files.isRegularFile(p) : Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Set<String> names(List<Path> children) {
        Set<String> names = new HashSet<>();
        children.forEach(c -> names.add(c.getFileName().toString()));
        return names;
    }

    private static DaemonSource single(Path file, DaemonKind kind, Optional<String> host, Optional<String> reason) {
        Path root = file.toAbsolutePath().normalize().getParent();
        return new DaemonSource(kind, host, root, file, List.of(file), reason);
    }

    /** {@code <daemon>.d/<type>/<name>.conf}, exactly one level, read in reverse sorted order. */
    private static Optional<DaemonSource> fromDaemonDirectory(Path dir, DaemonKind kind, Path root,
            Optional<String> host, List<Diagnostic> diagnostics) {
        List<Path> files = new ArrayList<>();
        for (Path typeDir : listing(dir).orElse(List.of())) {
            if (typeDir.getFileName().toString().startsWith(".")) {
                continue;
            }
            // Whether each is a regular file is for reading to find out, and to report: asking
            // here too cost a system call per file, and a site has tens of thousands of them.
            for (Path f : listing(typeDir).orElse(List.of())) {
                String n = f.getFileName().toString();
                if (n.endsWith(".conf") && !n.startsWith(".")) {
                    files.add(f);
                }
            }
        }
        if (files.isEmpty()) {
            diagnostics.add(Diagnostic.of(ReadingRules.UNKNOWN_DAEMON, SourceSpan.startOf(dir),
                    "The folder " + dir + " holds no <type>/<name>.conf file; Bareos refuses to start with "
                            + "\"Cannot open config file\". Add the resource files or remove the folder."));
            return Optional.empty();
        }
        files.sort(Comparator.comparing(Path::toString).reversed());
        Path base = (root == null ? dir.toAbsolutePath().getParent() : root.toAbsolutePath()).normalize();
        return Optional.of(new DaemonSource(kind, host, base, dir, files, Optional.empty()));
    }

    private static Optional<DaemonSource> fromFile(Path file, Optional<String> host, List<Diagnostic> diagnostics) {
        Optional<DaemonKind> byName = DaemonKind.fromFileName(name(file));
        if (byName.isPresent()) {
            return Optional.of(single(file, byName.get(), host, Optional.empty()));
        }
        Optional<ContentGuess.Guess> guess = ContentGuess.guess(file);
        if (guess.isEmpty()) {
            diagnostics.add(Diagnostic.of(ReadingRules.UNKNOWN_DAEMON, SourceSpan.startOf(file),
                    "Cannot tell which daemon reads " + file + ": its name is not bareos-dir.conf, bareos-fd.conf, "
                            + "bareos-sd.conf or bconsole.conf, and its resources do not tell. "
                            + "Name it explicitly with --dir, --fd or --sd."));
            return Optional.empty();
        }
        return Optional.of(single(file, guess.get().kind(), host, Optional.of(guess.get().reason())));
    }

    /**
     * The entries of a folder sorted by name; empty when {@code dir} is no folder.
     *
     * @throws UncheckedIOException when it is a folder that cannot be listed
     */
    static Optional<List<Path>> listing(Path dir) {
        // java.io.File lists a folder in four system calls where a DirectoryStream takes nine
        // (its secure variant keeps a second descriptor), and it answers "no folder" without
        // asking first. A site of 10,000 hosts is some 70,000 folders, so the difference shows.
        String[] names = dir.toFile().list();
        if (names == null) {
            if (!Files.isDirectory(dir)) {
                return Optional.empty();
            }
            // A folder that java.io.File could not list: list it the way that tells why it fails.
            try (Stream<Path> s = Files.list(dir)) {
                names = s.map(p -> p.getFileName().toString()).toArray(String[]::new);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Arrays.sort(names);
        List<Path> children = new ArrayList<>(names.length);
        for (String n : names) {
            children.add(dir.resolve(n));
        }
        return Optional.of(children);
    }

    static String name(Path p) {
        Path n = p.toAbsolutePath().normalize().getFileName();
        return n == null ? p.toString() : n.toString();
    }
}
