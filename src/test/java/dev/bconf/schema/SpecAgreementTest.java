package dev.bconf.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.discover.DaemonKind;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The newest catalogue against the lists and counts of spec dialect.md §6.2. */
class SpecAgreementTest {

    private static DaemonSchema newest(DaemonKind kind) {
        return Catalogue.forVersion(kind, BareosVersion.newest()).orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "DIRECTOR; Director; Name Password",
        "DIRECTOR; Client; Name Address Password",
        "DIRECTOR; Job; Name Type Messages Pool",
        "DIRECTOR; JobDefs; Name Type Messages Pool",
        "DIRECTOR; Storage; Name Address Password Device MediaType",
        "DIRECTOR; Catalog; Name DbUser DbName",
        "DIRECTOR; Console; Name Password",
        "DIRECTOR; Schedule; Name",
        "DIRECTOR; FileSet; Name",
        "DIRECTOR; Pool; Name",
        "DIRECTOR; Counter; Name",
        "DIRECTOR; Profile; Name",
        "DIRECTOR; User; Name",
        "DIRECTOR; Messages; ''",
        "FILE_DAEMON; Director; Name Password",
        "FILE_DAEMON; Client; Name",
        "FILE_DAEMON; Messages; ''",
        "STORAGE_DAEMON; Director; Name Password",
        "STORAGE_DAEMON; Ndmp; Name Username Password",
        "STORAGE_DAEMON; Storage; Name",
        "STORAGE_DAEMON; Device; Name MediaType ArchiveDevice",
        "STORAGE_DAEMON; Autochanger; Name Device ChangerDevice ChangerCommand",
        "STORAGE_DAEMON; Messages; ''",
        "CONSOLE; Console; Name Password",
        "CONSOLE; Director; Name Address"
    })
    void requiredDirectivesAreThoseOfTheSpec(DaemonKind kind, String type, String required) {
        ResourceSchema resource = newest(kind).resourceType(type).orElseThrow();

        String[] names = Arrays.stream(required.split(" ")).filter(s -> !s.isEmpty()).toArray(String[]::new);

        assertThat(resource.requiredDirectives()).extracting(DirectiveSchema::name).containsExactlyInAnyOrder(names);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "DIRECTOR, 14, 426, 443",
        "FILE_DAEMON, 3, 90, 94",
        "STORAGE_DAEMON, 6, 166, 170",
        "CONSOLE, 2, 42, 44"
    })
    void countsAreThoseOfTheSpec(DaemonKind kind, int types, int directives, int entries) {
        DaemonSchema schema = newest(kind);

        assertThat(schema.resourceTypes()).hasSize(types);
        assertThat(schema.resourceTypes().stream().mapToInt(r -> r.directives().size()).sum()).isEqualTo(directives);
        assertThat(schema.resourceTypes().stream().mapToInt(r -> r.directives().size() + r.aliases().size()).sum())
                .isEqualTo(entries);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RUNSCRIPT, 9", "INCLUDE_EXCLUDE_ITEM, 4", "OPTIONS, 37"})
    void nestedBlocksHaveTheSpecsItemCounts(Datatype block, int items) {
        assertThat(newest(DaemonKind.DIRECTOR).block(block)).hasValueSatisfying(b ->
                assertThat(b.directives()).hasSize(items));
    }
}
