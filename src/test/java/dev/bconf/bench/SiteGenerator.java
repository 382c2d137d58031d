package dev.bconf.bench;

import dev.bconf.bench.DirectorConfig.Dialect;
import dev.bconf.bench.SitePlan.Client;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a large, realistic Bareos site for benchmarks and tests: a site folder with one
 * config root per host, as {@code bconf check SITE} reads it.
 *
 * <pre>
 * SITE/dir01/etc/bareos/bareos-dir.d/&lt;type&gt;/&lt;Name&gt;.conf   Director: site resources, per client a Client and a Job
 * SITE/&lt;host&gt;/etc/bareos/bareos-fd.d/{client,director,messages}/*.conf   one File Daemon per client
 * SITE/sd01/etc/bareos/bareos-sd.d/{storage,director,device,messages}/*.conf
 * </pre>
 *
 * With {@code --dialect bacula} only the Director is written, in the directives Bacula 9.6
 * accepts, for {@code bacula-dir -t -c FILE}, twice: as one file,
 * {@code SITE/dir01/etc/bacula/bacula-dir.conf}, and as a tree of one file per resource,
 * {@code SITE/dir01/etc/bacula-tree/bacula-dir.d/<type>/<Name>.conf}, which
 * {@code SITE/dir01/etc/bacula-tree/bacula-dir.conf} includes file by file (Bacula's {@code @}
 * takes no glob). The same client count and seed always give the same files.
 *
 * <p>Usage: {@code SiteGenerator --clients N --out DIR [--seed S] [--dialect bareos|bacula]}
 */
public final class SiteGenerator {

    static final long DEFAULT_SEED = 20261126L;

    private final Set<Path> made = new HashSet<>();
    private int files;
    private long bytes;

    private SiteGenerator() {
    }

    /** What was written. */
    record Summary(int files, long bytes) {
    }

    public static void main(String[] args) throws IOException {
        Integer clients = null;
        Path out = null;
        long seed = DEFAULT_SEED;
        Dialect dialect = Dialect.BAREOS;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--clients" -> clients = Integer.valueOf(value);
                case "--out" -> out = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--dialect" -> dialect = Dialect.valueOf(value.toUpperCase(Locale.ROOT));
                default -> throw usage("unknown argument " + args[i]);
            }
            i++;
        }
        if (clients == null || clients < 1 || out == null) {
            throw usage("--clients N (N >= 1) and --out DIR are required");
        }
        Summary s = write(out, clients, seed, dialect);
        System.out.printf(Locale.ROOT, "%s: %d clients, %d files, %d bytes (%s, seed %d)%n",
                out, clients, s.files(), s.bytes(), dialect.product, seed);
    }

    private static IllegalArgumentException usage(String why) {
        return new IllegalArgumentException(why
                + "; usage: SiteGenerator --clients N --out DIR [--seed S] [--dialect bareos|bacula]");
    }

    /** Writes the site into {@code out}, which must not exist or be empty. */
    static Summary write(Path out, int clients, long seed, Dialect dialect) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isPresent()) {
                    throw new IOException(out + " is not empty; the generator writes only into a fresh folder");
                }
            }
        }
        SitePlan plan = SitePlan.make(clients, seed);
        SiteGenerator g = new SiteGenerator();
        List<Res> director = new DirectorConfig(plan, dialect).resources();
        if (dialect == Dialect.BACULA) {
            StringBuilder all = new StringBuilder();
            for (Res r : director) {
                all.append(r.render()).append('\n');
            }
            g.file(out.resolve(SitePlan.DIRECTOR_HOST).resolve("etc/bacula/bacula-dir.conf"), all.toString());
            Path tree = out.toAbsolutePath().resolve(SitePlan.DIRECTOR_HOST).resolve("etc/bacula-tree");
            StringBuilder includes = new StringBuilder();
            for (Res r : director) {
                Path file = tree.resolve("bacula-dir.d").resolve(r.type().toLowerCase(Locale.ROOT))
                        .resolve(r.name() + ".conf");
                g.file(file, r.render());
                includes.append('@').append(file).append('\n');
            }
            g.file(tree.resolve("bacula-dir.conf"), includes.toString());
            return new Summary(g.files, g.bytes);
        }
        g.tree(out, SitePlan.DIRECTOR_HOST, "bareos-dir.d", director);
        DaemonConfigs daemons = new DaemonConfigs(plan);
        for (Client c : plan.clients()) {
            g.tree(out, c.host(), "bareos-fd.d", daemons.fileDaemon(c));
        }
        g.tree(out, SitePlan.STORAGE_HOST, "bareos-sd.d", daemons.storageDaemon());
        return new Summary(g.files, g.bytes);
    }

    /** One resource a file, {@code <type>/<Name>.conf}, the layout Bareos's packages and {@code configure export} use. */
    private void tree(Path out, String host, String daemonDir, List<Res> resources) throws IOException {
        Path root = out.resolve(host).resolve("etc/bareos").resolve(daemonDir);
        for (Res r : resources) {
            file(root.resolve(r.type().toLowerCase(Locale.ROOT)).resolve(r.name() + ".conf"), r.render());
        }
    }

    private void file(Path path, String text) throws IOException {
        Path dir = path.getParent();
        if (made.add(dir)) {
            Files.createDirectories(dir);
        }
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        Files.write(path, data);
        files++;
        bytes += data.length;
    }
}
