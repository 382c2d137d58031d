package dev.bconf;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.discover.DaemonKind;
import dev.bconf.discover.DaemonSource;
import dev.bconf.discover.Discovery;
import dev.bconf.lint.Linter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.ModelBuilder;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.SiteAssembler;
import dev.bconf.syntax.ConfigReader;
import dev.bconf.syntax.DaemonSyntax;
import dev.bconf.syntax.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entry point for library users: {@code Bconf.load(LoadOptions.of(Path.of("/etc/bareos")))}
 * reads every daemon configuration found and returns them with their findings. It never
 * prints, never exits, never runs include commands and never opens a network connection.
 */
public final class Bconf {

    private Bconf() {
    }

    /**
     * Finds and reads the configurations the options name.
     *
     * @throws InputException when a named path does not exist or cannot be read
     */
    public static Site load(LoadOptions options) throws InputException {
        List<DaemonSource> sources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path path : options.paths()) {
            collect(path, Discovery::discover, sources, diagnostics);
        }
        for (Map.Entry<DaemonKind, List<Path>> e : options.explicit().entrySet()) {
            for (Path path : e.getValue()) {
                collect(path, p -> Discovery.explicit(p, e.getKey()), sources, diagnostics);
            }
        }
        ReadOptions readOptions = new ReadOptions(options.sysroot());
        // A site holds thousands of File Daemons of three small files each. Each daemon is read,
        // typed and checked in one task on all cores, so that no core waits at the end of a step
        // for the slowest daemon of it (the Director) before the next step may start.
        List<Checked> checked = new ArrayList<>(sources.parallelStream()
                .map(s -> check(ConfigReader.read(s, readOptions), options)).toList());
        if (options.text().isPresent()) {
            readText(options.text().get(), readOptions, diagnostics).forEach(s -> checked.add(check(s, options)));
        }
        List<DaemonConfig> configs = new ArrayList<>(checked.size());
        for (Checked c : checked) {
            configs.add(c.config());
            diagnostics.addAll(c.config().syntax().diagnostics());
            diagnostics.addAll(c.findings());
        }
        NetworkSite network = SiteAssembler.assemble(configs);
        diagnostics.addAll(Linter.check(network));
        return new Site(configs, network, diagnostics);
    }

    private record Checked(DaemonConfig config, List<Diagnostic> findings) {
    }

    private static Checked check(DaemonSyntax syntax, LoadOptions options) {
        DaemonConfig config = ModelBuilder.build(syntax, options.versionFor(syntax.source().host()));
        return new Checked(config, Linter.check(config));
    }

    /** Text is one file of the daemon its name or content tells; its includes are read from disk. */
    private static List<DaemonSyntax> readText(ConfigText text, ReadOptions options, List<Diagnostic> diagnostics) {
        Discovery.Result found = Discovery.text(text.name(), text.text());
        diagnostics.addAll(found.diagnostics());
        List<DaemonSyntax> read = new ArrayList<>();
        for (DaemonSource source : found.sources()) {
            ConfigReader.ParsedText parsed = ConfigReader.readText(text.name(), text.text(), source.root(), options);
            read.add(new DaemonSyntax(source, List.of(parsed.file()), parsed.diagnostics()));
        }
        return read;
    }

    private interface Discoverer {
        Discovery.Result discover(Path path) throws IOException;
    }

    private static void collect(Path path, Discoverer discoverer, List<DaemonSource> sources,
            List<Diagnostic> diagnostics) throws InputException {
        try {
            Discovery.Result found = discoverer.discover(path);
            sources.addAll(found.sources());
            diagnostics.addAll(found.diagnostics());
        } catch (NoSuchFileException e) {
            throw new InputException(path, path + ": no such file or directory", e);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(path, path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
