package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.model.Value;
import dev.bconf.schema.DirectiveSchema;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BC104: a directive Bareos requires is absent. Jobs are checked after their JobDefs are
 * applied, JobDefs never (as in Bareos); a Job that neither copies nor migrates also needs
 * a Client, a FileSet and a Storage in itself or in its Pool. A resource with a syntax error,
 * an {@code @|command} include or a JobDefs that does not exist is left out: what is missing
 * may be the unreadable part.
 */
public final class MissingRequired implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC104", "missing-required", Severity.ERROR,
            "A required directive is absent.");

    private static final Set<String> WITHOUT_CLIENT = Set.of("copy", "migrate");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        for (Resource r : config.resources()) {
            if (r.schema().isEmpty() || r.type().equals("JobDefs") || r.hasUnknownContent()
                    || Written.hasSyntaxError(config, r) || jobDefsMissing(config, r)) {
                continue;
            }
            if (r.all("Name").isEmpty()) {
                reporter.report(r.header(), r, r.type() + " resource without a Name; Bareos stops with \"Name not "
                        + "specified for resource\". Add `Name = ...`.");
            }
            for (DirectiveSchema d : r.schema().get().requiredDirectives()) {
                if (!d.name().equals("Name") && r.all(d.name()).isEmpty()) {
                    missing(reporter, r, d.name());
                }
            }
            if (r.type().equals("Job") && r.node().body().size() > 0) {
                jobNeeds(config, r, reporter);
            }
        }
    }

    /** What a JobDefs that does not exist was to give is unknown; BC107 reports the name. */
    private static boolean jobDefsMissing(DaemonConfig config, Resource r) {
        return r.value("JobDefs").filter(Value.ResourceRef.class::isInstance)
                .map(v -> ((Value.ResourceRef) v).name())
                .filter(name -> config.find("JobDefs", name).isEmpty()).isPresent();
    }

    private static void jobNeeds(DaemonConfig config, Resource job, Reporter reporter) {
        String type = job.value("Type").filter(Value.Choice.class::isInstance)
                .map(v -> ((Value.Choice) v).canonical().toLowerCase(Locale.ROOT)).orElse("");
        if (WITHOUT_CLIENT.contains(type)) {
            return;
        }
        for (String needed : new String[] {"Client", "FileSet"}) {
            if (job.all(needed).isEmpty()) {
                missing(reporter, job, needed);
            }
        }
        if (job.all("Storage").isEmpty() && !poolHasStorage(config, job)) {
            reporter.report(job.header(), job, "Job " + job.name().map(n -> "\"" + n + "\" ").orElse("")
                    + "names no Storage, and neither does its Pool; Bareos stops with \"No storage specified in "
                    + "Job nor in Pool\". Add `Storage = ...` to the Job, its JobDefs or its Pool.");
        }
    }

    private static boolean poolHasStorage(DaemonConfig config, Resource job) {
        Optional<String> pool = job.value("Pool").filter(Value.ResourceRef.class::isInstance)
                .map(v -> ((Value.ResourceRef) v).name());
        // A Pool that does not exist is BC107's finding; whether it would have named a Storage is unknown.
        return pool.isEmpty() || config.find("Pool", pool.get()).map(p -> !p.all("Storage").isEmpty()).orElse(true);
    }

    private static void missing(Reporter reporter, Resource r, String directive) {
        reporter.report(r.header(), r, Written.named(r) + " has no `" + directive + "`, which Bareos requires; it "
                + "refuses the resource (\"" + directive + " directive ... is required, but not found\"). Add `"
                + directive + " = ...`.");
    }
}
