package dev.bconf.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.discover.DaemonKind;
import org.junit.jupiter.api.Test;

class DatatypeValuesTest {

    private final DaemonSchema dir = Catalogue.forVersion(DaemonKind.DIRECTOR, BareosVersion.newest()).orElseThrow();

    @Test
    void keywordTypesListTheirWords() {
        assertThat(dir.keywordValues(Datatype.JOB_TYPE)).containsExactly(
                "Backup", "Admin", "Archive", "Verify", "Restore", "Migrate", "Copy", "Consolidate");
        assertThat(dir.keywordValues(Datatype.BACKUP_LEVEL))
                .contains("Full", "Incremental", "Differential", "VirtualFull");
        assertThat(dir.keywordValues(Datatype.POOLTYPE)).containsExactly(
                "Backup", "Copy", "Cloned", "Archive", "Migration", "Scratch");
        assertThat(dir.keywordValues(Datatype.REPLACE_OPTION)).containsExactly("Always", "IfNewer", "IfOlder", "Never");
        assertThat(dir.keywordValues(Datatype.AUTH_TYPE)).containsExactly("None", "Clear", "MD5");
    }

    @Test
    void everyProgramSeesTheSameKeywords() {
        DaemonSchema sd = Catalogue.forVersion(DaemonKind.STORAGE_DAEMON, BareosVersion.newest()).orElseThrow();

        assertThat(sd.keywordValues(Datatype.AUTH_TYPE)).isEqualTo(dir.keywordValues(Datatype.AUTH_TYPE));
    }

    @Test
    void otherTypesHaveNoWords() {
        assertThat(dir.keywordValues(Datatype.STRING)).isEmpty();
        assertThat(dir.block(Datatype.STRING)).isEmpty();
    }

    @Test
    void blocksListTheirItems() {
        BlockSchema runScript = dir.block(Datatype.RUNSCRIPT).orElseThrow();

        assertThat(runScript.datatype()).isEqualTo(Datatype.RUNSCRIPT);
        assertThat(runScript.directives()).extracting(DirectiveSchema::name).contains(
                "Command", "Console", "Target", "RunsOnSuccess", "RunsOnFailure", "FailJobOnError", "RunsWhen");
        assertThat(runScript.directive("runs when")).hasValueSatisfying(m ->
                assertThat(m.directive().datatype()).isEqualTo(Datatype.RUNSCRIPT_WHEN));
        assertThat(dir.block(Datatype.INCLUDE_EXCLUDE_ITEM).orElseThrow().directive("Options")).hasValueSatisfying(m ->
                assertThat(m.directive().datatype()).isEqualTo(Datatype.OPTIONS));
        assertThat(dir.block(Datatype.OPTIONS).orElseThrow().directive("Signature")).isPresent();
    }

    @Test
    void optionsBlocksAreWrittenWithoutEquals() {
        BlockSchema include = dir.block(Datatype.INCLUDE_EXCLUDE_ITEM).orElseThrow();

        assertThat(include.directive("Options").orElseThrow().directive().equalsSign()).isFalse();
        assertThat(include.directive("File").orElseThrow().directive().equalsSign()).isTrue();
    }

    @Test
    void datatypeNamesAreTheCataloguesSpelling() {
        assertThat(Datatype.fromCatalogueName("PINT32")).contains(Datatype.PINT32);
        assertThat(Datatype.fromCatalogueName("pint32")).isEmpty();
        assertThat(Datatype.fromCatalogueName("NUMBER")).isEmpty();
    }
}
