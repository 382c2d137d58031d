package dev.bconf.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.discover.DaemonKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {

    private final DaemonSchema dir = Catalogue.forVersion(DaemonKind.DIRECTOR, BareosVersion.newest()).orElseThrow();

    @ParameterizedTest
    @CsvSource({
        "Adress, Address",
        "Pasword, Password",
        "Heartbeat Intervall, HeartbeatInterval",
        "HaertbeatInterval, HeartbeatInterval",
        "MaximumConcurentJobs, MaximumConcurrentJobs"
    })
    void suggestsTheNearestDirective(String written, String suggestion) {
        assertThat(dir.resourceType("Client").orElseThrow().suggestDirective(written)).contains(suggestion);
    }

    @Test
    void suggestsTheNearestResourceType() {
        assertThat(dir.suggestResourceType("Clinet")).contains("Client");
        assertThat(dir.suggestResourceType("File set")).isEmpty();
        assertThat(dir.suggestResourceType("Jobdef")).contains("JobDefs");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(dir.resourceType("Client").orElseThrow().suggestDirective("Frobnicate")).isEmpty();
        assertThat(dir.suggestResourceType("Zzz")).isEmpty();
    }

    @Test
    void tiesGoToTheAlphabeticallyFirst() {
        assertThat(DidYouMean.nearest("Cat", List.of("Hat", "Bat", "Rat"))).contains("Bat");
    }

    @Test
    void countsSwapsOfNeighboursAsOneEdit() {
        assertThat(DidYouMean.distance("abcd", "abdc")).isEqualTo(1);
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    }
}
