package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** model/jobdefs: Jobs take what they do not set from their JobDefs, through a chain of JobDefs. */
class JobDefsInheritanceTest {

    private static final Path ROOT = TestResources.path("model/jobdefs");

    @Test
    void jobTakesWhatItDoesNotSetFromItsJobDefs() throws Exception {
        Resource web2 = job("web2");

        Directive level = web2.directive("Level").orElseThrow();
        assertThat(level.origin()).isEqualTo(Origin.INHERITED);
        assertThat(level.inheritedFrom()).contains("nightly");
        assertThat(level.span().orElseThrow().line()).isEqualTo(12);
    }

    @Test
    void whatTheJobWritesWins() throws Exception {
        Directive level = job("web1").directive("Level").orElseThrow();

        assertThat(level.origin()).isEqualTo(Origin.WRITTEN);
        assertThat(level.value()).contains(new Value.Choice("Full"));
    }

    @Test
    void chainedJobDefsNameTheOneThatWritesTheDirective() throws Exception {
        assertThat(job("web2").directive("Priority").flatMap(Directive::inheritedFrom)).contains("base");
    }

    @Test
    void inheritedRunScriptIsMarkedInheritedAndKeepsItsProblemsAtHome() throws Exception {
        Block runScript = job("web2").blocks().get(0);

        assertThat(runScript.directives()).extracting(Directive::origin).containsOnly(Origin.INHERITED);
        assertThat(runScript.directives()).extracting(Directive::inheritedFrom).containsOnly(Optional.of("base"));
        assertThat(runScript.directives()).flatExtracting(Directive::problems).isEmpty();
    }

    @Test
    void problemInAnInheritedRunScriptIsReportedOnce() throws Exception {
        List<Diagnostic> invalid = Bconf.load(LoadOptions.of(ROOT)).diagnostics().stream()
                .filter(d -> d.rule().id().equals("BC103")).toList();

        assertThat(invalid).hasSize(1);
        assertThat(invalid.get(0).location().line()).isEqualTo(6);
    }

    private static Resource job(String name) throws Exception {
        DaemonConfig config = Bconf.load(LoadOptions.of(ROOT)).configs().get(0);
        return config.find("Job", name).orElseThrow();
    }
}
