package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The catalogue's defaults as the model gives them for what a resource does not write. */
class DefaultsTest {

    @Test
    void listenAddressesHaveNoDefaultButThePortHas() throws Exception {
        DaemonConfig director = Bconf.load(LoadOptions.of(Path.of("samples/single-host"))).configs().stream()
                .filter(c -> c.kind().label().equals("director")).findFirst().orElseThrow();
        Resource resource = director.resources("Director").get(0);

        assertThat(resource.defaulted()).extracting(Directive::name)
                .doesNotContain("Address", "Addresses", "SourceAddress")
                .contains("Port");
        assertThat(resource.value("Port")).contains(new Value.Port("9101", OptionalInt.of(9101)));
        assertThat(resource.directive("Address")).isEmpty();
    }

    @Test
    void defaultsAreMarkedAsSuchAndHaveNoSourceLocation() throws Exception {
        DaemonConfig director = Bconf.load(LoadOptions.of(Path.of("samples/single-host"))).configs().get(0);

        assertThat(director.resources()).flatExtracting(Resource::defaulted)
                .allSatisfy(d -> {
                    assertThat(d.origin()).isEqualTo(Origin.DEFAULT);
                    assertThat(d.span()).isEmpty();
                });
    }
}
