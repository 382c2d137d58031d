package dev.bconf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fix a finding suggests, on the rule fixtures: the markers check where findings are,
 * these check that the nearest name is offered (a misspelling is the usual cause).
 */
class RuleHintsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BC101/fires/misspelt-type      | Did you mean `Client`?
            BC102/fires/resource-directive | Did you mean `MaximumConcurrentJobs`?
            BC102/fires/block-directives   | Did you mean `Command`?
            BC107/fires/case-differs       | Did you mean "Full"?
            BC107/fires/missing-resources  | There is no Schedule resource at all.
            """)
    void findingOffersTheNearestName(String fixture, String hint) throws Exception {
        String rule = fixture.substring(0, fixture.indexOf('/'));

        assertThat(Bconf.load(LoadOptions.of(TestResources.path("rules/" + fixture))).diagnostics())
                .filteredOn(d -> d.rule().id().equals(rule)).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).endsWith(hint));
    }
}
