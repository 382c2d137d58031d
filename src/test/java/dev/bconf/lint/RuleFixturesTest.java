package dev.bconf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.Findings;
import dev.bconf.LoadOptions;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.schema.BareosVersion;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import dev.bconf.lint.rules.MissingPeerConfig;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule fixtures under {@code src/test/resources/rules/<ID>/fires|passes/<case>/}: each case
 * is a config root read as {@code bconf check} reads it, and its findings must be exactly
 * those its {@code # expect:} markers announce, as (rule, file, line, severity), counted.
 *
 * <p>A marker at the end of a line expects findings on that line; a marker on a line of its
 * own expects them on the next line (for lines a trailing comment would change). Write an id
 * twice when a rule reports twice on one line, and {@code BC105:warning} when a finding is not
 * at the rule's default severity. A {@code bconf-fixture.properties} in the case may set
 * {@code bareos-version}, and may expect findings about a folder, which cannot hold a
 * comment, as {@code expect.<folder>=<ids>}.
 */
class RuleFixturesTest {

    private static final Path RULES = TestResources.path("rules");
    private static final String ID = "BC\\d{3}(?::[a-z]+)?";
    private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*(" + ID + "(?:[\\s,]+" + ID + ")*)\\s*$");
    private static final String PROPERTIES = "bconf-fixture.properties";
    private static final String FOLDER = "expect.";
    private static final String HOST_VERSION = "host-version.";

    /** One case: a config root, the rule whose folder holds it, and whether it is to fire. */
    record Fixture(Path root, String rule, boolean fires) {
        String name() {
            return Findings.relative(root, RULES);
        }
    }

    @TestFactory
    Stream<DynamicTest> findingsAreExactlyTheExpectedOnes() {
        return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            List<String> expected = expected(f.root());
            // A tree with only the Director has no peers; BC215 says so for every Client and
            // Storage, which only the cases about BC215 and those naming it care about.
            boolean peersMatter = expected.stream().anyMatch(k -> k.startsWith(MissingPeerConfig.INFO.id() + " "));
            List<Diagnostic> found = Bconf.load(options(f)).diagnostics().stream()
                    .filter(d -> peersMatter || !d.rule().equals(MissingPeerConfig.INFO)).toList();

            assertThat(found.stream().map(d -> key(d, f.root())).toList())
                    .as("findings of %s:%n%s", f.name(), describe(found, f.root()))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasCasesThatFireAndCasesThatPass() {
        List<Fixture> all = fixtures();
        return RuleCatalog.all().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            List<Fixture> own = all.stream().filter(f -> f.rule().equals(rule.id())).toList();

            assertThat(own).as("fixtures of %s", rule.id()).anyMatch(Fixture::fires).anyMatch(f -> !f.fires());
            for (Fixture f : own) {
                List<String> expected = expected(f.root());
                if (f.fires()) {
                    // Otherwise valid trees; other rules appear only where the same mistake is theirs too
                    // (a truncated password that no longer matches, a months heartbeat).
                    assertThat(expected).as("%s expects its own rule", f.name())
                            .anyMatch(k -> k.startsWith(rule.id() + " "));
                } else {
                    assertThat(expected).as("%s expects nothing", f.name()).isEmpty();
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureFolderNamesARule() {
        return children(RULES).stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String id = dir.getFileName().toString();

            assertThat(RuleCatalog.find(id).map(RuleInfo::id)).contains(id);
            assertThat(children(dir)).extracting(d -> d.getFileName().toString()).isSubsetOf("fires", "passes");
        }));
    }

    private static List<Fixture> fixtures() {
        List<Fixture> all = new ArrayList<>();
        for (Path rule : children(RULES)) {
            for (String kind : List.of("fires", "passes")) {
                Path dir = rule.resolve(kind);
                if (Files.isDirectory(dir)) {
                    children(dir).forEach(c -> all.add(new Fixture(c, rule.getFileName().toString(),
                            kind.equals("fires"))));
                }
            }
        }
        return all;
    }

    /** {@code bareos-version} and {@code host-version.<host>} act as the options of the same names. */
    private static LoadOptions options(Fixture f) {
        Properties p = properties(f.root());
        Map<String, BareosVersion> hosts = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(HOST_VERSION)).forEach(k -> hosts.put(
                k.substring(HOST_VERSION.length()), BareosVersion.parse(p.getProperty(k))));
        LoadOptions plain = LoadOptions.of(f.root());
        return new LoadOptions(plain.paths(), plain.explicit(), plain.sysroot(),
                Optional.ofNullable(p.getProperty("bareos-version")).map(BareosVersion::parse), hosts);
    }

    /** What the markers and the properties expect, one entry per finding. */
    private static List<String> expected(Path root) {
        List<String> keys = new ArrayList<>();
        for (Path file : files(root)) {
            if (!file.getFileName().toString().equals(PROPERTIES)) {
                keys.addAll(markers(file, Findings.relative(file, root)));
            }
        }
        Properties properties = properties(root);
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(FOLDER)) {
                ids(properties.getProperty(name)).forEach(id -> keys.add(expectedKey(id,
                        name.substring(FOLDER.length()), 1)));
            }
        }
        return keys;
    }

    private static List<String> markers(Path file, String relative) {
        // Latin-1 maps every byte to a character, so a fixture with bytes that are not UTF-8 still reads.
        List<String> lines = unchecked(() -> Files.readString(file, StandardCharsets.ISO_8859_1)).lines().toList();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (m.find()) {
                int line = lines.get(i).substring(0, m.start()).isBlank() ? i + 2 : i + 1;
                ids(m.group(1)).forEach(id -> keys.add(expectedKey(id, relative, line)));
            }
        }
        return keys;
    }

    private static List<String> ids(String list) {
        return List.of(list.strip().split("[\\s,]+"));
    }

    /** {@code BC105} or {@code BC105:warning}: a finding at the rule's default severity unless named. */
    private static String expectedKey(String marker, String file, int line) {
        String[] parts = marker.split(":");
        RuleInfo rule = RuleCatalog.find(parts[0]).orElseThrow(() -> new AssertionError("no rule " + parts[0]));
        Severity severity = parts.length == 1 ? rule.defaultSeverity() : Severity.fromLabel(parts[1])
                .orElseThrow(() -> new AssertionError("no severity " + parts[1]));
        return key(rule.id(), file, line, severity);
    }

    private static String key(Diagnostic d, Path root) {
        return key(d.rule().id(), Findings.relative(d.location().file(), root), d.location().line(), d.severity());
    }

    private static String key(String rule, String file, int line, Severity severity) {
        return rule + " " + file + ":" + line + " " + severity.label();
    }

    private static String describe(List<Diagnostic> found, Path root) {
        StringBuilder sb = new StringBuilder();
        found.forEach(d -> sb.append("  ").append(key(d, root)).append(" ").append(d.message()).append('\n'));
        return sb.length() == 0 ? "  (none)" : sb.toString();
    }

    private static Properties properties(Path root) {
        Properties p = new Properties();
        Path file = root.resolve(PROPERTIES);
        if (Files.isRegularFile(file)) {
            unchecked(() -> {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                return p;
            });
        }
        return p;
    }

    private static List<Path> files(Path root) {
        return unchecked(() -> {
            try (Stream<Path> s = Files.walk(root)) {
                return s.filter(Files::isRegularFile).sorted().toList();
            }
        });
    }

    private static List<Path> children(Path dir) {
        return unchecked(() -> {
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(Files::isDirectory).sorted().toList();
            }
        });
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    private static <T> T unchecked(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
