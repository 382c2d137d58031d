package dev.bconf.syntax;

import dev.bconf.Findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Site;
import dev.bconf.TestResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * equivalence/CASE/VARIANT: configs spelled differently (keyword case and blanks, semicolons,
 * joined strings, a resource split into includes, CR LF line ends) that Bareos reads alike.
 * Every variant must give the same tree as CASE/canonical.
 */
class EquivalenceTest {

    private static final Path CASES = TestResources.path("equivalence");

    @TestFactory
    Stream<DynamicContainer> everyVariantReadsLikeTheCanonicalSpelling() {
        return children(CASES).stream().map(c -> DynamicContainer.dynamicContainer(c.getFileName().toString(),
                children(c).stream()
                        .filter(v -> !v.getFileName().toString().equals("canonical"))
                        .map(v -> DynamicTest.dynamicTest(v.getFileName().toString(),
                                () -> assertThat(read(v)).isEqualTo(read(c.resolve("canonical")))))));
    }

    @TestFactory
    Stream<DynamicTest> lineEndVariantsReallyUseCarriageReturns() {
        // Guards against a checkout that normalised the fixtures, which would make the crlf variants vacuous.
        return children(CASES).stream().map(c -> c.resolve("crlf/bareos-dir.conf")).map(f ->
                DynamicTest.dynamicTest(f.toString(), () -> assertThat(Files.readString(f)).contains("\r\n")));
    }

    private static String read(Path variant) throws Exception {
        Site site = Fixtures.load(variant);
        assertThat(Findings.reading(site.diagnostics())).as("findings in %s", variant).isEmpty();
        String tree = TreeText.of(Fixtures.resources(site));
        assertThat(tree).isNotBlank();
        return tree;
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
