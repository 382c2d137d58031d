package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.discover.DaemonKind;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BC106: two resources of one type with one name (names compare exactly, as in Bareos), or a
 * second resource of a type the daemon allows once (Director, the File Daemon's Client, the
 * Storage Daemon's Storage).
 */
public final class DuplicateResource implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC106", "duplicate-resource", Severity.ERROR,
            "Two resources of one type with one name, or a second resource the daemon allows only once.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        Map<String, Resource> seen = new HashMap<>();
        for (Resource r : config.resources()) {
            if (r.name().isEmpty() || r.schema().isEmpty()) {
                continue;
            }
            Resource first = seen.putIfAbsent(r.type() + "\u0000" + r.name().get(), r);
            if (first != null) {
                reporter.report(r.header(), r, "A second " + r.type() + " named \"" + r.name().get() + "\"; Bareos "
                        + "stops with \"Attempt to define second " + r.type() + " resource\". Rename or remove one.",
                        new RelatedLocation("first defined here", first.header()));
            }
        }
        singleton(config).ifPresent(type -> {
            List<Resource> all = config.resources(type);
            for (Resource extra : all.subList(Math.min(1, all.size()), all.size())) {
                if (!extra.name().equals(all.get(0).name())) {
                    reporter.report(extra.header(), extra, "A second " + type + " resource; "
                            + config.kind().baseName() + " allows exactly one (\"Only one " + type + " resource "
                            + "permitted\"). Remove one.", new RelatedLocation("first defined here",
                                    all.get(0).header()));
                }
            }
        });
    }

    static Optional<String> singleton(DaemonConfig config) {
        DaemonKind kind = config.kind();
        return switch (kind) {
            case DIRECTOR -> Optional.of("Director");
            case FILE_DAEMON -> Optional.of("Client");
            case STORAGE_DAEMON -> Optional.of("Storage");
            default -> Optional.empty();
        };
    }
}
