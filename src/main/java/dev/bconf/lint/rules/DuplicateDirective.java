package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Directive;
import dev.bconf.model.Resource;
import dev.bconf.schema.Datatype;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * BC105: a directive given twice in one resource. Bareos has no general check: a second Name
 * or single reference stops it; list-like directives add up; the rest keep the last value.
 */
public final class DuplicateDirective implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC105", "duplicate-directive", Severity.ERROR,
            "A directive given twice in one resource: an error for Name and references, a warning where the "
                    + "last one silently wins.");

    private static final Set<Datatype> ADD_UP = EnumSet.of(Datatype.RESOURCE_LIST, Datatype.STRING_LIST,
            Datatype.DIRECTORY_LIST, Datatype.ACL, Datatype.AUDIT_COMMAND_LIST, Datatype.PLUGIN_NAMES,
            Datatype.DEVICE, Datatype.MESSAGES, Datatype.RUNSCRIPT_SHORT, Datatype.SCHEDULE_RUN_COMMAND,
            Datatype.INCLUDE_EXCLUDE_ITEM, Datatype.RUNSCRIPT, Datatype.ACTION_ON_PURGE, Datatype.ADDRESS,
            Datatype.PORT, Datatype.ADDRESSES);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        for (Resource r : config.resources()) {
            Map<String, List<Directive>> byName = r.directives().stream().filter(Directive::isWritten)
                    .collect(Collectors.groupingBy(d -> d.name().toLowerCase(Locale.ROOT), LinkedHashMap::new,
                            Collectors.toList()));
            for (List<Directive> same : byName.values()) {
                if (same.size() > 1 && !ADD_UP.contains(same.get(0).schema().datatype())) {
                    report(reporter, r, same);
                }
            }
        }
    }

    private static void report(Reporter reporter, Resource r, List<Directive> same) {
        Directive first = same.get(0);
        Datatype type = first.schema().datatype();
        RelatedLocation earlier = new RelatedLocation("first set here", first.span().orElseThrow());
        for (Directive again : same.subList(1, same.size())) {
            if (type == Datatype.NAME) {
                reporter.report(again.span().orElseThrow(), r, "A second Name in " + r.type() + "; Bareos stops "
                        + "with \"Attempt to redefine name\". Keep one.", earlier);
            } else if (type == Datatype.RES) {
                reporter.report(again.span().orElseThrow(), r, "`" + first.name() + "` is set twice in "
                        + Written.named(r) + "; Bareos stops with \"Attempt to redefine resource\". Keep one.",
                        earlier);
            } else {
                reporter.report(again.span().orElseThrow(), r, Severity.WARNING, "`" + first.name()
                        + "` is set twice in " + Written.named(r) + "; Bareos silently keeps only the last one. "
                        + "Remove the one you do not mean.", earlier);
            }
        }
    }
}
