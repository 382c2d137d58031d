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
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The network rule fixtures under {@code src/test/resources/network-rules/<ID>/fires|passes/<case>/}:
 * each case is a site folder (one folder per host) read as {@code bconf check} reads it, and its
 * findings must be exactly those its {@code # expect:} markers announce, as (rule, file, line,
 * severity), counted. Every finding counts, so a case also shows that nothing else fires.
 *
 * <p>A marker at the end of a line expects findings on that line; a marker on a line of its own
 * expects them on the next line. Write an id twice when a rule reports twice on one line, and
 * {@code BC206:info} when a finding is not at the rule's default severity. A
 * {@code bconf-fixture.properties} in the case may set {@code bareos-version} and, per host
 * folder, {@code host-version.<host>}, as {@code --bareos-version} and {@code --host-version} do.
 */
class NetworkRuleFixturesTest {

    private static final Path ROOT = TestResources.path("network-rules");
    private static final Pattern MARKER = Pattern.compile(
            "#\\s*expect:\\s*(BC\\d{3}(?::\\w+)?(?:[\\s,]+BC\\d{3}(?::\\w+)?)*)\\s*$");
    private static final String PROPERTIES = "bconf-fixture.properties";
    private static final String HOST_VERSION = "host-version.";

    /** One case: a site folder, the rule whose folder holds it, and whether it is to fire. */
    record Fixture(Path root, String rule, boolean fires) {
        String name() {
            return Findings.relative(root, ROOT);
        }
    }

    @TestFactory
    Stream<DynamicTest> findingsAreExactlyTheExpectedOnes() {
        return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            List<Diagnostic> found = Bconf.load(options(f.root())).diagnostics();

            assertThat(found.stream().map(d -> key(d, f.root())).toList())
                    .as("findings of %s:%n%s", f.name(), describe(found, f.root()))
                    .containsExactlyInAnyOrderElementsOf(expected(f.root()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyNetworkRuleHasCasesThatFireAndCasesThatPass() {
        List<Fixture> all = fixtures();
        return networkRules().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            List<Fixture> own = all.stream().filter(f -> f.rule().equals(rule.id())).toList();

            assertThat(own).as("fixtures of %s", rule.id()).anyMatch(Fixture::fires).anyMatch(f -> !f.fires());
            for (Fixture f : own) {
                List<String> expected = expected(f.root());
                if (f.fires()) {
                    assertThat(expected).as("%s expects its own rule", f.name())
                            .anyMatch(k -> k.startsWith(rule.id() + " "));
                } else {
                    assertThat(expected).as("%s expects nothing", f.name()).isEmpty();
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureFolderNamesANetworkRule() {
        List<String> ids = networkRules().map(RuleInfo::id).toList();
        return children(ROOT).stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            assertThat(ids).contains(dir.getFileName().toString());
            assertThat(children(dir)).extracting(d -> d.getFileName().toString()).isSubsetOf("fires", "passes");
        }));
    }

    private static Stream<RuleInfo> networkRules() {
        return RuleCatalog.all().stream().filter(r -> r.id().startsWith("BC2"));
    }

    private static List<Fixture> fixtures() {
        List<Fixture> all = new ArrayList<>();
        for (Path rule : children(ROOT)) {
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

    private static LoadOptions options(Path root) {
        Properties p = properties(root);
        Map<String, BareosVersion> hosts = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(HOST_VERSION)).forEach(k -> hosts.put(
                k.substring(HOST_VERSION.length()), BareosVersion.parse(p.getProperty(k))));
        LoadOptions plain = LoadOptions.of(root);
        return new LoadOptions(plain.paths(), plain.explicit(), plain.sysroot(),
                Optional.ofNullable(p.getProperty("bareos-version")).map(BareosVersion::parse), hosts);
    }

    /** What the markers expect, one entry per finding. */
    private static List<String> expected(Path root) {
        List<String> keys = new ArrayList<>();
        for (Path file : files(root)) {
            if (file.getFileName().toString().equals(PROPERTIES)) {
                continue;
            }
            List<String> lines = read(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MARKER.matcher(lines.get(i));
                if (m.find()) {
                    boolean ownLine = lines.get(i).substring(0, m.start()).isBlank();
                    int line = ownLine ? i + 2 : i + 1;
                    for (String id : m.group(1).strip().split("[\\s,]+")) {
                        keys.add(expectedKey(id, Findings.relative(file, root), line));
                    }
                }
            }
        }
        return keys;
    }

    /** {@code BC206} or {@code BC206:info}: a finding at the rule's default severity unless named. */
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
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
