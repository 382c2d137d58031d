package dev.bconf.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manual's LAN/WAN example (samples/lan-wan): FD_LAN and SD_LAN talk over 10.0.0.x, every
 * other pair over the public addresses; in passive mode the Storage Daemon dials the client's
 * LAN address only when both have one. The Director's own connections never use LanAddress.
 */
class LanWanTopologyTest {

    private static final Path SAMPLE = Path.of("samples/lan-wan");

    @Test
    void onlyTheLanPairUsesLanAddresses() throws Exception {
        Topology t = Bconf.load(LoadOptions.of(SAMPLE)).topology();

        assertThat(data(t, "FD_LAN", "SD_LAN")).satisfies(k -> {
            assertThat(k.initiator()).isEqualTo(Initiator.CLIENT);
            assertThat(k.endpoint()).isEqualTo("10.0.0.20:9103");
            assertThat(k.via()).isEqualTo("LanAddress");
        });
        assertThat(data(t, "FD_LAN", "SD_WAN").endpoint()).isEqualTo("8.8.8.40:9103");
        assertThat(data(t, "FD_WAN", "SD_LAN").endpoint()).isEqualTo("8.8.8.20:9103");
        assertThat(data(t, "FD_WAN", "SD_WAN").endpoint()).isEqualTo("8.8.8.40:9103");
        assertThat(control(t, "FD_LAN")).extracting(Connection::endpoint).containsExactly("8.8.8.10:9102");
        assertThat(t.storages()).extracting(s -> s.control().endpoint())
                .containsExactlyInAnyOrder("8.8.8.20:9103", "8.8.8.40:9103");
        assertThat(t.clients()).flatExtracting(ClientTopology::control).allMatch(k -> !k.broken());
    }

    @Test
    void passiveClientsAreDialledAtTheirLanAddressOnlyWhenBothHaveOne(@TempDir Path dir) throws Exception {
        Path site = copy(SAMPLE, dir.resolve("lan-wan"));
        for (String client : List.of("FD_LAN", "FD_WAN")) {
            Path conf = site.resolve("dir01/etc/bareos/bareos-dir.d/client/" + client + ".conf");
            Files.writeString(conf, Files.readString(conf).replaceFirst("\\}\\s*$", "  Passive = yes\n}\n"));
        }
        Topology t = Bconf.load(LoadOptions.of(site)).topology();

        assertThat(data(t, "FD_LAN", "SD_LAN")).satisfies(k -> {
            assertThat(k.initiator()).isEqualTo(Initiator.STORAGE);
            assertThat(k.endpoint()).isEqualTo("10.0.0.10:9102");
        });
        assertThat(data(t, "FD_LAN", "SD_WAN").endpoint()).isEqualTo("8.8.8.10:9102");
        assertThat(data(t, "FD_WAN", "SD_LAN").endpoint()).isEqualTo("8.8.8.30:9102");
    }

    private static Connection data(Topology t, String client, String storage) {
        return t.clients().stream().filter(c -> c.name().equals(client)).flatMap(c -> c.data().stream())
                .filter(d -> d.storage().equals(storage)).findFirst().orElseThrow().connection();
    }

    private static List<Connection> control(Topology t, String client) {
        return t.clients().stream().filter(c -> c.name().equals(client)).findFirst().orElseThrow().control();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
