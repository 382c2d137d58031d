package example;

import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.topology.ClientTopology;
import dev.bconf.topology.Connection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The README's library example, word for word between the markers; LibraryExampleTest runs it. */
final class LibraryExample {

    private LibraryExample() {
    }

    static List<String> run(Path configs) throws Exception {
        List<String> lines = new ArrayList<>();
        // README-EXAMPLE-START
        Site site = Bconf.load(LoadOptions.of(configs));
        for (Diagnostic d : site.diagnostics()) {
            lines.add(d.location() + " " + d.rule().id() + " " + d.message());
        }
        for (ClientTopology client : site.topology().clients()) {
            for (Connection c : client.control()) {
                lines.add(c.from() + " -> " + c.to() + " at " + c.endpoint() + " " + c.status());
            }
        }
        // README-EXAMPLE-END
        return lines;
    }
}
