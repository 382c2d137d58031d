package dev.bconf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What findings on the rule fixtures say: the markers check where findings are, these that
 * the message names what Bareos really keeps or the name that was probably meant.
 */
class RuleMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BC101/fires/misspelt-type        | Did you mean `Client`?
            BC102/fires/resource-directive   | Did you mean `MaximumConcurrentJobs`?
            BC102/fires/block-directives     | Did you mean `Command`?
            BC107/fires/case-differs         | Did you mean "Full"?
            BC107/fires/missing-resources    | There is no Schedule resource at all.
            BC111/fires/rest-of-line-dropped | Bareos ignores `20` after the value and keeps only `10`.
            """)
    void findingSaysWhatToWrite(String fixture, String text) throws Exception {
        String rule = fixture.substring(0, fixture.indexOf('/'));

        assertThat(Bconf.load(LoadOptions.of(TestResources.path("rules/" + fixture))).diagnostics())
                .filteredOn(d -> d.rule().id().equals(rule)).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains(text));
    }
}
