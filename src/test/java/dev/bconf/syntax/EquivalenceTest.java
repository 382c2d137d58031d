package dev.bconf.syntax;

import dev.bconf.EquivalenceCases;
import dev.bconf.Findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Site;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @TestFactory
    Stream<DynamicContainer> everyVariantReadsLikeTheCanonicalSpelling() {
        return EquivalenceCases.eachVariantReadsLikeTheCanonical(EquivalenceTest::read);
    }

    @TestFactory
    Stream<DynamicTest> lineEndVariantsReallyUseCarriageReturns() {
        // Guards against a checkout that normalised the fixtures, which would make the crlf variants vacuous.
        return EquivalenceCases.cases().stream().map(c -> c.resolve("crlf/bareos-dir.conf")).map(f ->
                DynamicTest.dynamicTest(f.toString(), () -> assertThat(Files.readString(f)).contains("\r\n")));
    }

    private static String read(Path variant) throws Exception {
        Site site = Fixtures.load(variant);
        assertThat(Findings.reading(site.diagnostics())).as("findings in %s", variant).isEmpty();
        String tree = TreeText.of(Fixtures.resources(site));
        assertThat(tree).isNotBlank();
        return tree;
    }
}
