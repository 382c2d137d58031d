package dev.bconf.syntax;

import dev.bconf.Bconf;
import dev.bconf.InputException;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.TestResources;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reading fixture trees and texts, and picking resources out of what was read. */
final class Fixtures {

    private Fixtures() {
    }

    /** Reads configuration text as if it were the file {@code bareos-dir.conf}. */
    static ConfigReader.ParsedText parse(String text) {
        return ConfigReader.readText(Path.of("bareos-dir.conf"), text, Path.of(""), ReadOptions.defaults());
    }

    static Site load(Path root) throws InputException {
        return Bconf.load(LoadOptions.of(root));
    }

    static Site load(String resource) throws InputException {
        return load(TestResources.path(resource));
    }

    /** The resources of the only daemon read. */
    static List<ResourceNode> resources(Site site) {
        if (site.daemons().size() != 1) {
            throw new AssertionError("expected one daemon, got " + site.daemons().size());
        }
        return site.daemons().get(0).resources();
    }

    static ResourceNode resource(Site site, String type, String name) {
        return resources(site).stream()
                .filter(r -> r.type().is(type) && value(r, "Name").equals(Optional.of(name)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + name));
    }

    /** The text of a directive's first value token. */
    static Optional<String> value(ResourceNode r, String directive) {
        return r.directive(directive).map(d -> d.tokens().get(0).text());
    }

    /** The names of the resources of one type, in reading order. */
    static List<String> names(Site site, String type) {
        return names(resources(site), type);
    }

    static List<String> names(List<ResourceNode> resources, String type) {
        return resources.stream()
                .filter(r -> r.type().is(type))
                .map(r -> value(r, "Name").orElse("(no name)"))
                .toList();
    }

    /** The directive names of a resource as Bareos reads them, in order. */
    static List<String> directiveNames(ResourceNode r) {
        return r.directives().stream().map(d -> d.keyword().name()).toList();
    }
}
