package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import java.util.List;

/**
 * BC114: a resource Bareos requires to start: the Director needs a Director, a Messages and
 * a Job; a File Daemon a Client, a Director and a Messages; a Storage Daemon a Storage, a
 * Director, a Device and a Messages.
 */
public final class MissingResource implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC114", "missing-resource", Severity.ERROR,
            "A daemon config lacks a resource Bareos requires to start.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        List<String> needed = switch (config.kind()) {
            case DIRECTOR -> List.of("Director", "Messages", "Job");
            case FILE_DAEMON -> List.of("Client", "Director", "Messages");
            case STORAGE_DAEMON -> List.of("Storage", "Director", "Device", "Messages");
            default -> List.of();
        };
        SourceSpan where = DuplicateResource.singleton(config).flatMap(t -> config.resources(t).stream().findFirst())
                .map(r -> r.header())
                .or(() -> config.resources().stream().findFirst().map(r -> r.header()))
                .orElse(SourceSpan.startOf(config.source().origin()));
        for (String type : needed) {
            if (config.resources(type).isEmpty()) {
                reporter.reportOnDaemon(where, "The " + config.kind().baseName() + " configuration has no " + type
                        + " resource; Bareos refuses to start without one (\"No " + type + " resource defined\"). "
                        + "Add one.");
            }
        }
    }

}
