package dev.bconf.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.discover.DaemonKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionHistoryTest {

    private static ResourceSchema resource(DaemonKind kind, String version, String type) {
        return Catalogue.forVersion(kind, BareosVersion.parse(version)).orElseThrow().resourceType(type).orElseThrow();
    }

    private static Optional<DirectiveSchema> directive(DaemonKind kind, String version, String type, String name) {
        return resource(kind, version, type).directive(name).map(DirectiveMatch::directive);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"FILE_DAEMON, Client", "STORAGE_DAEMON, Storage"})
    void compatibleIsDeprecatedIn22AndGoneIn23(DaemonKind kind, String type) {
        assertThat(directive(kind, "21.1.11", type, "Compatible")).hasValueSatisfying(d ->
                assertThat(d.deprecated()).isFalse());
        assertThat(directive(kind, "22", type, "Compatible")).hasValueSatisfying(d ->
                assertThat(d.deprecated()).isTrue());
        assertThat(directive(kind, "22.1.8", type, "Compatible")).isPresent();
        assertThat(directive(kind, "23", type, "Compatible")).isEmpty();
        assertThat(directive(kind, "23.1.7", type, "Compatible")).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"FILE_DAEMON, Client", "STORAGE_DAEMON, Storage"})
    void compatibleDefaultsToYesBefore15Point2(DaemonKind kind, String type) {
        assertThat(directive(kind, "14.2.6", type, "Compatible").orElseThrow().defaultValue()).contains("true");
        assertThat(directive(kind, "15.1", type, "Compatible").orElseThrow().defaultValue()).contains("true");
        assertThat(directive(kind, "15.2", type, "Compatible").orElseThrow().defaultValue()).contains("false");
        assertThat(directive(kind, "21.1.11", type, "Compatible").orElseThrow().defaultValue()).contains("false");
    }

    @Test
    void lifespansExplainVersionMismatches() {
        DaemonSchema fd23 = Catalogue.forVersion(DaemonKind.FILE_DAEMON, BareosVersion.parse("23")).orElseThrow();

        assertThat(fd23.directiveLifespan("Client", "compatible")).hasValueSatisfying(l -> {
            assertThat(l.until()).contains(new BareosVersion(23, 0, 0));
            assertThat(l.deprecatedSince()).contains(new BareosVersion(22, 0, 0));
            assertThat(l.existsIn(fd23.version())).isFalse();
        });
        assertThat(fd23.directiveLifespan("FileDaemon", "Compatible"))
                .isEqualTo(fd23.directiveLifespan("Client", "Compatible"));
        assertThat(fd23.directiveLifespan("Client", "Port")).hasValueSatisfying(l ->
                assertThat(l.since()).contains(new BareosVersion(25, 0, 0)));
        assertThat(fd23.directiveLifespan("Client", "NoSuchThing")).isEmpty();
        assertThat(fd23.directiveLifespan("NoSuchType", "Name")).isEmpty();
    }

    @Test
    void aDirectiveAddedLaterIsAbsentBefore() {
        assertThat(directive(DaemonKind.DIRECTOR, "19.2.13", "Client", "TlsProtocol")).isEmpty();
        assertThat(directive(DaemonKind.DIRECTOR, "20.0.0", "Client", "TlsProtocol")).isPresent();
        assertThat(directive(DaemonKind.DIRECTOR, "19.2.3", "Job", "RunOnIncomingConnectInterval")).isEmpty();
        assertThat(directive(DaemonKind.DIRECTOR, "19.2.4", "Job", "RunOnIncomingConnectInterval")).isPresent();
        assertThat(directive(DaemonKind.FILE_DAEMON, "24.0.10", "Client", "Port")).isEmpty();
        assertThat(directive(DaemonKind.FILE_DAEMON, "25.0.0", "Client", "Port")).isPresent();
    }

    @Test
    void versionsBeforeTheOldestCatalogueFollowTheRecordedStart() {
        assertThat(directive(DaemonKind.DIRECTOR, "17.2", "Client", "ConnectionFromClientToDirector")).isPresent();
        assertThat(directive(DaemonKind.DIRECTOR, "16.2.1", "Client", "ConnectionFromClientToDirector")).isEmpty();
        assertThat(directive(DaemonKind.DIRECTOR, "17.2", "Client", "LanAddress")).isPresent();
        assertThat(directive(DaemonKind.DIRECTOR, "16.2.5", "Client", "LanAddress")).isEmpty();
        assertThat(directive(DaemonKind.DIRECTOR, "17.2", "Client", "TlsProtocol")).isEmpty();
        assertThat(directive(DaemonKind.DIRECTOR, "17.2", "Client", "Address")).isPresent();
    }

    @Test
    void aliasesMayBeCanonicalInOlderVersions() {
        DirectiveMatch old = resource(DaemonKind.FILE_DAEMON, "24.0.10", "Client").directive("FdPort").orElseThrow();
        DirectiveMatch now = resource(DaemonKind.FILE_DAEMON, "25.1.0", "Client").directive("FdPort").orElseThrow();

        assertThat(old.viaAlias()).isFalse();
        assertThat(old.directive().name()).isEqualTo("FdPort");
        assertThat(now.viaAlias()).isTrue();
        assertThat(now.directive().name()).isEqualTo("Port");
    }

    @Test
    void factsFollowTheVersion() {
        assertThat(directive(DaemonKind.DIRECTOR, "22.1.8", "Client", "TlsRequire").orElseThrow().defaultValue())
                .contains("false");
        assertThat(directive(DaemonKind.DIRECTOR, "23.0.0", "Client", "TlsRequire").orElseThrow().defaultValue())
                .contains("true");
        assertThat(directive(DaemonKind.STORAGE_DAEMON, "21.1.11", "Device", "DeviceType").orElseThrow().datatype())
                .isEqualTo(Datatype.DEVICE_TYPE);
        assertThat(directive(DaemonKind.STORAGE_DAEMON, "22.1.8", "Device", "DeviceType").orElseThrow().datatype())
                .isEqualTo(Datatype.STRING);
    }

    @Test
    void deprecationFollowsTheVersion() {
        assertThat(directive(DaemonKind.DIRECTOR, "22.1.8", "Client", "AutoPrune")).hasValueSatisfying(d ->
                assertThat(d.deprecated()).isFalse());
        assertThat(directive(DaemonKind.DIRECTOR, "23.1.7", "Client", "AutoPrune")).hasValueSatisfying(d ->
                assertThat(d.deprecated()).isTrue());
        assertThat(directive(DaemonKind.FILE_DAEMON, "18.2.12", "Client", "SubSysDirectory")).hasValueSatisfying(d ->
                assertThat(d.deprecated()).isTrue());
    }

    @Test
    void resourceTypesHaveLifespansToo() {
        DaemonSchema dir25 = Catalogue.forVersion(DaemonKind.DIRECTOR, BareosVersion.parse("25.1.0")).orElseThrow();
        DaemonSchema dir26 = Catalogue.forVersion(DaemonKind.DIRECTOR, BareosVersion.parse("26")).orElseThrow();

        assertThat(dir25.resourceType("Device")).isPresent();
        assertThat(dir26.resourceType("Device")).isEmpty();
        assertThat(dir26.resourceLifespan("Device")).hasValueSatisfying(l ->
                assertThat(l.until()).contains(new BareosVersion(26, 0, 0)));
    }

    @Test
    void nestedBlocksFollowTheVersionToo() {
        DaemonSchema dir23 = Catalogue.forVersion(DaemonKind.DIRECTOR, BareosVersion.parse("23.1.7")).orElseThrow();
        DaemonSchema dir24 = Catalogue.forVersion(DaemonKind.DIRECTOR, BareosVersion.parse("24.0.10")).orElseThrow();

        assertThat(dir23.block(Datatype.OPTIONS).orElseThrow().directive("BaseJob")).hasValueSatisfying(m ->
                assertThat(m.directive().deprecated()).isTrue());
        assertThat(dir24.block(Datatype.OPTIONS).orElseThrow().directive("BaseJob")).isEmpty();
    }
}
