package dev.bconf.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.discover.DaemonKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaLookupTest {

    private static DaemonSchema newest(DaemonKind kind) {
        return Catalogue.forVersion(kind, BareosVersion.newest()).orElseThrow();
    }

    private static ResourceSchema resource(DaemonKind kind, String type) {
        return newest(kind).resourceType(type).orElseThrow();
    }

    private static DirectiveSchema canonical(ResourceSchema resource, String keyword) {
        return resource.directive(keyword).orElseThrow().directive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FileSet", "fileset", "FILESET", "File Set", "file\tset", " FileSet "})
    void resourceTypesIgnoreCaseAndBlanks(String written) {
        assertThat(newest(DaemonKind.DIRECTOR).resourceType(written)).hasValueSatisfying(r ->
                assertThat(r.name()).isEqualTo("FileSet"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HeartbeatInterval", "heartbeatinterval", "Heartbeat Interval", "heart beat interval"})
    void directivesIgnoreCaseAndBlanks(String written) {
        assertThat(resource(DaemonKind.FILE_DAEMON, "Client").directive(written)).hasValueSatisfying(m -> {
            assertThat(m.directive().name()).isEqualTo("HeartbeatInterval");
            assertThat(m.viaAlias()).isFalse();
            assertThat(m.written()).isSameAs(m.directive());
        });
    }

    @Test
    void lookupsStayRightPastTheKeywordsATableRemembers() {
        ResourceSchema client = resource(DaemonKind.FILE_DAEMON, "Client");
        for (int i = 0; i < 10_000; i++) {
            assertThat(client.directive("NoSuchDirective" + i)).isEmpty();
        }

        assertThat(client.directive("Heart Beat INTERVAL")).hasValueSatisfying(m ->
                assertThat(m.directive().name()).isEqualTo("HeartbeatInterval"));
        assertThat(client.directive("FdPort")).hasValueSatisfying(m -> assertThat(m.viaAlias()).isTrue());
        assertThat(client.directive("NoSuchDirective42")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "DIRECTOR, Client, FdPort, Port",
        "DIRECTOR, Client, fd address, Address",
        "DIRECTOR, Storage, SdAddress, Address",
        "DIRECTOR, Storage, SDPort, Port",
        "DIRECTOR, Catalog, User, DbUser",
        "DIRECTOR, Director, DirPort, Port",
        "DIRECTOR, Job, VerifyJob, JobToVerify",
        "FILE_DAEMON, Client, FdPort, Port",
        "STORAGE_DAEMON, Storage, SdAddresses, Addresses",
        "CONSOLE, Director, DirPort, Port"
    })
    void aliasesFindTheirTargetAndSaySo(DaemonKind kind, String type, String alias, String target) {
        DirectiveMatch m = resource(kind, type).directive(alias).orElseThrow();

        assertThat(m.directive().name()).isEqualTo(target);
        assertThat(m.directive().isAlias()).isFalse();
        assertThat(m.viaAlias()).isTrue();
        assertThat(m.alias()).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualToIgnoringCase(alias.replace(" ", ""));
            assertThat(a.aliasOf()).contains(target);
        });
        assertThat(m.written()).isEqualTo(m.alias().orElseThrow());
    }

    @Test
    void aliasesAreListedApartFromCanonicalDirectives() {
        ResourceSchema client = resource(DaemonKind.DIRECTOR, "Client");

        assertThat(client.aliases()).extracting(DirectiveSchema::name)
                .containsExactly("FdAddress", "FdPassword", "FdPort");
        assertThat(client.directives()).extracting(DirectiveSchema::name)
                .contains("Address", "Password", "Port")
                .doesNotContain("FdAddress", "FdPassword", "FdPort");
    }

    @Test
    void anAliasIsNeverRequiredItsTargetIs() {
        ResourceSchema client = resource(DaemonKind.DIRECTOR, "Client");

        assertThat(client.directive("FdAddress").orElseThrow().alias().orElseThrow().required()).isFalse();
        assertThat(client.directive("FdAddress").orElseThrow().directive().required()).isTrue();
    }

    @Test
    void theFileDaemonResourceAliasResolvesToClient() {
        DaemonSchema fd = newest(DaemonKind.FILE_DAEMON);

        assertThat(fd.resourceType("File Daemon")).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Client"));
        assertThat(fd.resourceAlias("filedaemon")).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("FileDaemon");
            assertThat(a.target()).isEqualTo("Client");
            assertThat(a.lifespan().isDeprecatedIn(fd.version())).isTrue();
        });
        assertThat(fd.resourceAlias("Client")).isEmpty();
        assertThat(fd.resourceTypes()).extracting(ResourceSchema::name)
                .containsExactly("Client", "Director", "Messages");
    }

    @Test
    void fileDaemonIsDeprecatedOnlyFrom26AndCounterToo() {
        BareosVersion v25 = BareosVersion.parse("25.1");
        DaemonSchema fd25 = Catalogue.forVersion(DaemonKind.FILE_DAEMON, v25).orElseThrow();
        DaemonSchema dir25 = Catalogue.forVersion(DaemonKind.DIRECTOR, v25).orElseThrow();

        assertThat(fd25.resourceAlias("FileDaemon").orElseThrow().lifespan().isDeprecatedIn(v25)).isFalse();
        assertThat(dir25.resourceType("Counter").orElseThrow().isDeprecated()).isFalse();
        assertThat(newest(DaemonKind.DIRECTOR).resourceType("Counter").orElseThrow().isDeprecated()).isTrue();
    }

    @Test
    void unknownNamesFindNothing() {
        DaemonSchema dir = newest(DaemonKind.DIRECTOR);

        assertThat(dir.resourceType("Clinet")).isEmpty();
        assertThat(dir.resourceAlias("Clinet")).isEmpty();
        assertThat(dir.resourceType("Client").orElseThrow().directive("Adress")).isEmpty();
        assertThat(newest(DaemonKind.FILE_DAEMON).resourceType("Job")).isEmpty();
    }

    @Test
    void directiveFactsComeFromTheCatalogue() {
        DirectiveSchema port = canonical(resource(DaemonKind.FILE_DAEMON, "Client"), "Port");
        DirectiveSchema runScript = canonical(resource(DaemonKind.DIRECTOR, "Job"), "RunScript");
        DirectiveSchema pool = canonical(resource(DaemonKind.DIRECTOR, "Job"), "Pool");

        assertThat(port.datatype()).isEqualTo(Datatype.PORT);
        assertThat(port.defaultValue()).contains("9102");
        assertThat(port.equalsSign()).isTrue();
        assertThat(runScript.datatype()).isEqualTo(Datatype.RUNSCRIPT);
        assertThat(runScript.equalsSign()).isFalse();
        assertThat(pool.datatype()).isEqualTo(Datatype.RES);
        assertThat(pool.references()).contains("Pool");
        assertThat(pool.required()).isTrue();
        assertThat(canonical(resource(DaemonKind.DIRECTOR, "Messages"), "Mail").code()).isPositive();
    }

    @Test
    void theTrayMonitorHasNoCatalogue() {
        assertThat(Catalogue.forVersion(DaemonKind.TRAY_MONITOR, BareosVersion.newest())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DaemonKind.class, names = "TRAY_MONITOR", mode = EnumSource.Mode.EXCLUDE)
    void schemasAreLoadedOnceAndShared(DaemonKind kind) {
        BareosVersion v = BareosVersion.parse("22.1.8");

        assertThat(Catalogue.forVersion(kind, v).orElseThrow())
                .isSameAs(Catalogue.forVersion(kind, BareosVersion.parse("22.1.8")).orElseThrow());
        assertThat(Catalogue.forVersion(kind, v).orElseThrow().kind()).isEqualTo(kind);
    }

    @Test
    void referencesNameResourceTypesOfTheSameProgram() {
        for (DaemonKind kind : List.of(DaemonKind.DIRECTOR, DaemonKind.FILE_DAEMON, DaemonKind.STORAGE_DAEMON)) {
            for (BareosVersion v : Catalogue.versions()) {
                DaemonSchema schema = Catalogue.forVersion(kind, v).orElseThrow();
                schema.resourceTypes().forEach(r -> r.directives().forEach(d -> d.references().ifPresent(target ->
                        assertThat(schema.resourceType(target)).as("%s %s.%s in %s", kind, r, d.name(), v)
                                .isPresent())));
            }
        }
    }
}
