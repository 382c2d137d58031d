package dev.bconf.fuzz;

import dev.bconf.discover.DaemonKind;
import dev.bconf.schema.BareosVersion;
import dev.bconf.schema.Catalogue;
import dev.bconf.schema.DaemonSchema;
import dev.bconf.schema.DirectiveSchema;
import dev.bconf.schema.ResourceSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of Bareos configurations, from plain noise to catalogue-shaped files: the pieces
 * of the dialect (dialect.md §1-§2) thrown together, includes of files that exist, do not
 * exist or are the file itself, and real fixtures with damage done to them.
 */
final class Dialect {

    /** The other files a generated tree may hold, which its includes name. */
    static final List<String> INCLUDED = List.of("inc1.conf", "inc 2.conf", "sub/inc3.conf");

    private static final List<String> TOP_FILES = List.of("bareos-dir.conf", "bareos-fd.conf", "bareos-sd.conf",
            "bconsole.conf");

    private static final List<String> PUNCTUATION = List.of("{", "}", "=", ",", ";", "\"", "#", "@", "\\", "\n",
            "\r", "\r\n", "\t", " ", "  ", "\u000B", "\f", "\uFEFF", "\0");

    private static final List<String> WORDS = List.of("é", "Größe", "中文", "😀", "x", "a-b", "host.example",
            "10.0.0.1", "::1", "[::1]", "0.0.0.0", "root@localhost", "/var/lib/bareos", "C:\\Program Files",
            "'a", "b'", "$VAR", "%VAR%", "*", "?", "!skipped", "all", "Full", "Incremental", "Backup", "daily",
            "mon-fri at 23:05", "1st sun at 3:00", "hourly at :15", "gzip9", "yes", "no", "true", "on",
            "[md5]0123456789abcdef0123456789abcdef", "|/usr/bin/cmd arg", "<file.txt", "\\\\<remote.txt",
            "ipv4", "ipv6", "ip", "addr", "port", "DIR", "x=y");

    private static final List<String> NUMBERS = List.of("0", "1", "60", "9101", "9102", "9103", "65535", "65536",
            "-1", "+5", "007", "1e3", "0x10", "99999999999999999999", "9223372036854775807", "5m", "1 day",
            "2 weeks 3 days", "10k", "1.5g", "100 MB", "5 minutes 3 sec", "3 months", "1y", "12abc", "5}", "5#c");

    private static final List<String> QUOTED = List.of("\"plain\"", "\"with \\\" escape\"", "\"a\\\\b\"",
            "\"multi\nline\"", "\"#;{}=,@\"", "\"\"", "\"first \" \"second\"", "\"a\"\n  \"b\"", "\"a\",\n\"b\"",
            "\"C:\\Program Files\"", "\"ends in backslash\\", "\"unterminated", "\"@dir_password@\"",
            "\"|touch marker\"", "\"\\\n\"");

    private static final List<String> INCLUDES = List.of("@inc1.conf", "@\"inc 2.conf\"", "@sub/inc3.conf",
            "@missing.conf", "@\"missing folder/x.conf\"", "@*.conf", "@sub/*", "@sub/*.conf", "@[ai]nc1.conf",
            "@inc?.conf", "@sub", "@", "@\"\"", "@/dev/null", "@|echo Name = x", "@|\"sh -c 'touch marker'\"",
            "@\"inc 2.conf\"tail", "@inc1.conf=x", "@bareos-dir.conf", "@bareos-fd.conf", "@bareos-sd.conf",
            "@bconsole.conf");

    private static final List<String> COMMENTS = List.of("# comment", "#", "# bconf: disable=BC201",
            "# bconf: disable-file=BC001", "# bconf: disable=", "# expect: BC103");

    /** Bytes that are no UTF-8, or that UTF-16 files start with. */
    private static final List<byte[]> RAW = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
            new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF});

    private static final Map<DaemonKind, List<ResourceSchema>> SCHEMAS = schemas();

    private Dialect() {
    }

    private static Map<DaemonKind, List<ResourceSchema>> schemas() {
        Map<DaemonKind, List<ResourceSchema>> all = new LinkedHashMap<>();
        for (DaemonKind kind : List.of(DaemonKind.DIRECTOR, DaemonKind.FILE_DAEMON, DaemonKind.STORAGE_DAEMON,
                DaemonKind.CONSOLE)) {
            Catalogue.forVersion(kind, BareosVersion.newest()).map(DaemonSchema::resourceTypes)
                    .ifPresent(types -> all.put(kind, types));
        }
        return all;
    }

    private static List<String> keywords() {
        List<String> names = new ArrayList<>();
        for (List<ResourceSchema> types : SCHEMAS.values()) {
            for (ResourceSchema type : types) {
                names.add(type.name());
                type.directives().stream().map(DirectiveSchema::name).forEach(names::add);
            }
        }
        names.addAll(List.of("Include", "Exclude", "Options", "File", "Run Script", "Command", "Runs When",
                "Heartbeat Interval", "N a m e", "FileDaemon", "Addresses", "Lan Address", "DbPassword"));
        return names.stream().distinct().toList();
    }

    private static Arbitrary<byte[]> utf8(List<String> pieces) {
        return Arbitraries.of(pieces).map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    /** One piece of the dialect. */
    static Arbitrary<byte[]> piece() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, utf8(keywords())),
                Tuple.of(8, utf8(PUNCTUATION)),
                Tuple.of(3, utf8(WORDS)),
                Tuple.of(3, utf8(NUMBERS)),
                Tuple.of(3, utf8(QUOTED)),
                Tuple.of(2, utf8(INCLUDES)),
                Tuple.of(1, utf8(COMMENTS)),
                Tuple.of(1, Arbitraries.of(RAW)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(12).map(s -> s.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * A piece repeated enough to nest deep, make a long line or a long run of one token. Without
     * edge cases: jqwik would mix the longest run into far more tries than its frequency says.
     */
    static Arbitrary<byte[]> run() {
        return Combinators.combine(piece(), Arbitraries.integers().between(2, 20_000).shrinkTowards(2))
                .as(Dialect::repeat).withoutEdgeCases();
    }

    /**
     * Pieces thrown together, with or without blanks between them.
     *
     * @param runs one piece in how many is a {@link #run()}; runs make big files, which take time
     */
    static Arbitrary<byte[]> soup(int maxPieces, int runs) {
        Arbitrary<byte[]> any = Arbitraries.frequencyOf(Tuple.of(runs - 1, piece()), Tuple.of(1, run()));
        Arbitrary<byte[]> gap = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(new byte[0])),
                Tuple.of(5, Arbitraries.just(new byte[] {' '})), Tuple.of(2, Arbitraries.just(new byte[] {'\n'})));
        return Combinators.combine(any, gap).as(Dialect::concat).list().ofMaxSize(maxPieces)
                .map(parts -> concat(parts.toArray(byte[][]::new)));
    }

    /** Any bytes at all. */
    static Arbitrary<byte[]> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    }

    static Arbitrary<String> topFile() {
        return Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(TOP_FILES.get(0))),
                Tuple.of(1, Arbitraries.of(TOP_FILES.subList(1, TOP_FILES.size()))));
    }

    /** A daemon's file of pieces, and sometimes the files its includes name. */
    static Arbitrary<ConfigTree> soupTree() {
        Arbitrary<List<byte[]>> includes = soup(30, 100).list().ofMaxSize(INCLUDED.size());
        return Combinators.combine(topFile(), soup(150, 100), includes).as((name, main, included) -> {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(name, main);
            for (int i = 0; i < included.size(); i++) {
                files.put(INCLUDED.get(i), included.get(i));
            }
            return new ConfigTree(files);
        });
    }

    /**
     * Resources of the daemon's real types holding its real directives with values made of
     * pieces: deep enough into the model to reach every value parser and rule.
     */
    static Arbitrary<ConfigTree> catalogueShaped() {
        return Arbitraries.of(DaemonKind.DIRECTOR, DaemonKind.FILE_DAEMON, DaemonKind.STORAGE_DAEMON)
                .flatMap(kind -> resource(SCHEMAS.get(kind)).list().ofMinSize(1).ofMaxSize(8).map(resources ->
                        ConfigTree.single(kind.baseName() + ".conf", concat(resources.toArray(byte[][]::new)))));
    }

    private static Arbitrary<byte[]> resource(List<ResourceSchema> types) {
        return Arbitraries.of(types).flatMap(type -> {
            List<String> names = type.directives().stream().map(DirectiveSchema::name).toList();
            Arbitrary<byte[]> directive = Combinators.combine(Arbitraries.of(names), soup(6, 1000))
                    .as((name, value) -> concat(utf8("  " + name + " = "), value, utf8("\n")));
            return directive.list().ofMaxSize(12).map(body -> concat(utf8(type.name() + " {\n  Name = \"n"
                    + body.size() + "\"\n"), concat(body.toArray(byte[][]::new)), utf8("}\n")));
        });
    }

    /** Every configuration file among the test fixtures and samples. */
    static List<Path> fixtures() {
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("samples"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".conf") && Files.isRegularFile(p)).sorted()
                        .forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** A fixture with a few cuts, copies, swaps and insertions done to it. */
    static Arbitrary<ConfigTree> mutatedFixture() {
        List<Path> fixtures = fixtures();
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.values()),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), piece())
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(fixtures), topFile(), mutation.list().ofMinSize(1).ofMaxSize(8))
                .as((fixture, name, mutations) -> {
                    byte[] content = read(fixture);
                    for (Mutation m : mutations) {
                        content = m.apply(content);
                    }
                    return ConfigTree.single(name, content);
                });
    }

    /** One change to a file, its positions given as fractions of the length. */
    record Mutation(Kind kind, double at, double span, byte[] piece) {
        enum Kind { CUT, COPY, INSERT, FLIP, SWAP, TRUNCATE }

        byte[] apply(byte[] in) {
            int from = (int) (at * in.length);
            int to = Math.min(in.length, from + (int) (span * Math.min(in.length, 400)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case CUT -> {
                    out.write(in, 0, from);
                    out.write(in, to, in.length - to);
                }
                case COPY -> {
                    out.write(in, 0, to);
                    out.write(in, from, to - from);
                    out.write(in, to, in.length - to);
                }
                case INSERT -> {
                    out.write(in, 0, from);
                    out.writeBytes(piece);
                    out.write(in, from, in.length - from);
                }
                case FLIP -> {
                    byte[] copy = in.clone();
                    if (from < copy.length) {
                        copy[from] ^= (byte) (1 << (int) (span * 7.99));
                    }
                    return copy;
                }
                case SWAP -> {
                    int mid = (from + to) / 2;
                    out.write(in, 0, from);
                    out.write(in, mid, to - mid);
                    out.write(in, from, mid - from);
                    out.write(in, to, in.length - to);
                }
                case TRUNCATE -> out.write(in, 0, from);
            }
            return out.toByteArray();
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] repeat(byte[] piece, int times) {
        int n = Math.min(times, (1 << 20) / Math.max(1, piece.length));
        byte[] out = new byte[piece.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(piece, 0, out, i * piece.length, piece.length);
        }
        return out;
    }

    /** The trees the reading properties run on, for {@code @ForAll(supplier = ...)}. */
    static final class SoupTrees implements ArbitrarySupplier<ConfigTree> {
        @Override
        public Arbitrary<ConfigTree> get() {
            return soupTree();
        }
    }

    static final class CatalogueShapedTrees implements ArbitrarySupplier<ConfigTree> {
        @Override
        public Arbitrary<ConfigTree> get() {
            return catalogueShaped();
        }
    }

    static final class DamagedFixtures implements ArbitrarySupplier<ConfigTree> {
        @Override
        public Arbitrary<ConfigTree> get() {
            return mutatedFixture();
        }
    }
}
