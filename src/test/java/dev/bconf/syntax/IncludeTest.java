package dev.bconf.syntax;

import static dev.bconf.syntax.Fixtures.directiveNames;
import static dev.bconf.syntax.Fixtures.load;
import static dev.bconf.syntax.Fixtures.names;
import static dev.bconf.syntax.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.Findings;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.SourceSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code @} includes are found and spliced into the token stream (dialect.md §2.1, §2.2). */
class IncludeTest {

    private static final Path FORMS = TestResources.path("includes/forms");
    private static final Path GLOB = TestResources.path("includes/glob");
    private static final Path SYSROOT = TestResources.path("includes/sysroot/repo");

    @Test
    void includesStandWhereTheyAreWritten() throws Exception {
        Site site = load(FORMS);

        assertThat(Findings.reading(site.diagnostics())).isEmpty();
        assertThat(directiveNames(resource(site, "Director", "backup-dir"))).containsExactly(
                "Name", "Password", "Description", "MaximumConcurrentJobs", "HeartbeatInterval", "Messages");
    }

    @Test
    void includeInAValueTakesTheFilesContent() throws Exception {
        ResourceNode director = resource(load(FORMS), "Director", "backup-dir");

        DirectiveNode password = director.directive("Password").orElseThrow();
        assertThat(password.tokens()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TokenKind.QUOTED);
            assertThat(t.text()).isEqualTo("dir-secret-7f3a");
        });
    }

    @Test
    void tokensAfterAValueIncludeStartANewStatement() throws Exception {
        ResourceNode director = resource(load(FORMS), "Director", "backup-dir");

        DirectiveNode description = director.directive("Description").orElseThrow();
        assertThat(description.tokens()).extracting(ValueToken::text).containsExactly("Main director");
        assertThat(description.keyword().span().line()).isEqualTo(3);
    }

    @Test
    void theFilesOfAGlobAreListedInTheOrderBareosReadsThem(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("pools"));
        for (String name : new String[] {"a", "b", "c"}) {
            Files.writeString(root.resolve("pools").resolve(name + ".conf"), "Pool {  # pool " + name + "\n  Name = "
                    + name + "\n}\n");
        }
        Files.writeString(root.resolve("bareos-dir.conf"),
                "Director {\n  Name = d\n}\n@" + root.resolve("pools") + "/*.conf\n");

        Site site = load(root);

        // Bareos stacks the matched files in sorted order, so the last is read first.
        assertThat(names(site, "Pool")).containsExactly("c", "b", "a");
        ConfigFile main = site.daemons().get(0).files().get(0);
        assertThat(main.includedFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("c.conf", "b.conf", "a.conf");
        assertThat(main.comments()).extracting(Comment::text).containsExactly(" pool c", " pool b", " pool a");
    }

    @Test
    void aBracketWithoutItsPartnerMatchesItself(@TempDir Path root) throws Exception {
        // glob(3) reads an unclosed [ as a plain character; Java's glob matcher refuses it.
        Files.writeString(root.resolve("bareos-dir.conf"), "Director {\n  Name = d\n}\n@pools[1.conf\n@*[1.conf\n");
        Files.writeString(root.resolve("pools[1.conf"), "Pool {\n  Name = p\n}\n");

        Site site = load(root);

        assertThat(Findings.reading(site.diagnostics())).isEmpty();
        assertThat(names(site, "Pool")).containsExactly("p", "p");
    }

    @Test
    void relativeIncludesResolveAgainstTheConfigRoot() throws Exception {
        // all.conf lies in bareos-dir.d/pool/ but names pools/full.conf, which exists only below the root.
        Site site = load(FORMS);

        assertThat(names(site, "Pool")).containsExactly("Full");
        assertThat(site.daemons().get(0).files()).flatExtracting(ConfigFile::includedFiles)
                .extracting(p -> Findings.relative(p, FORMS))
                .contains("pools/full.conf", "secrets/director.pw", "common settings/limits.conf");
    }

    @Test
    void includedTokensCarryTheirOwnFileLineAndColumn() throws Exception {
        Site site = load(FORMS);
        ResourceNode director = resource(site, "Director", "backup-dir");

        assertThat(where(director.directive("Password").orElseThrow().tokens().get(0).span()))
                .isEqualTo("secrets/director.pw:1:1-1:17");
        assertThat(where(director.directive("MaximumConcurrentJobs").orElseThrow().keyword().span()))
                .isEqualTo("common settings/limits.conf:1:3-1:25");
        assertThat(where(director.directive("HeartbeatInterval").orElseThrow().tokens().get(0).span()))
                .isEqualTo("common settings/limits.conf:2:24-2:25");
        assertThat(where(director.directive("Description").orElseThrow().keyword().span()))
                .isEqualTo("bareos-dir.d/director/backup-dir.conf:3:35-3:45");
        assertThat(where(resource(site, "Pool", "Full").span())).isEqualTo("pools/full.conf:1:1-5:1");
    }

    @Test
    void globFilesAreReadInReverseSortedOrder() throws Exception {
        assertThat(names(load(GLOB), "Schedule")).containsExactly("Monthly", "Weekly", "Nightly");
    }

    @Test
    void onlyABracketPatternWithoutMatchIsAMissingInclude() throws Exception {
        // Lines 6 and 8 (* and ?) match nothing either; Bareos ignores those silently.
        Site site = load(GLOB);

        assertThat(Findings.where(site.diagnostics(), ReadingRules.INCLUDE_NOT_FOUND, GLOB))
                .containsExactly("bareos-dir.conf:7:1");
        assertThat(Findings.reading(site.diagnostics())).hasSize(1);
        assertThat(names(site, "Pool")).isEmpty();
    }

    @Test
    void sysrootReRootsAbsoluteIncludePaths() throws Exception {
        Site site = Bconf.load(LoadOptions.of(SYSROOT).withSysroot(SYSROOT));

        assertThat(Findings.reading(site.diagnostics())).isEmpty();
        assertThat(names(site, "Pool")).containsExactly("Incremental");
        assertThat(Findings.relative(resource(site, "Pool", "Incremental").span().file(), SYSROOT))
                .isEqualTo("etc/bareos/site-shared/pools.conf");
    }

    @Test
    void withoutSysrootAnAbsoluteIncludeIsLookedForAsWritten() throws Exception {
        Site site = load(SYSROOT);

        assertThat(names(site, "Pool")).isEmpty();
        assertThat(Findings.of(site.diagnostics(), ReadingRules.INCLUDE_NOT_FOUND)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("/etc/bareos/site-shared/pools.conf"));
    }

    private static String where(SourceSpan span) {
        return Findings.relative(span.file(), FORMS) + ":" + span.line() + ":" + span.column() + "-"
                + span.endLine() + ":" + span.endColumn();
    }
}
