package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Directive;
import dev.bconf.model.Resource;
import dev.bconf.model.Value;
import dev.bconf.schema.DidYouMean;
import java.util.List;
import java.util.Optional;

/** BC107: a reference to a resource that does not exist (names compare exactly, as in Bareos). */
public final class UndefinedReference implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC107", "undefined-reference", Severity.ERROR,
            "A reference to a resource that does not exist (Job to Client, Storage, Pool, FileSet, ...).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        Written.directives(config, (r, d) -> {
            Optional<String> target = d.schema().references();
            if (target.isEmpty() || d.value().isEmpty()) {
                return;
            }
            for (String name : names(d.value().get())) {
                if (config.find(target.get(), name).isEmpty()) {
                    report(config, reporter, r, d, target.get(), name);
                }
            }
        });
    }

    private static List<String> names(Value value) {
        if (value instanceof Value.ResourceRef ref) {
            return List.of(ref.name());
        }
        return value instanceof Value.ResourceList list ? list.names() : List.of();
    }

    private static void report(DaemonConfig config, Reporter reporter, Resource r, Directive d, String type,
            String name) {
        List<String> existing = config.resources(type).stream().flatMap(x -> x.name().stream()).toList();
        // DidYouMean ignores case, so it never offers the name that differs from this one only in case.
        String hint = existing.stream().filter(name::equalsIgnoreCase).findFirst()
                .or(() -> DidYouMean.nearest(name, existing)).map(s -> " Did you mean \"" + s + "\"?")
                .orElse(existing.isEmpty() ? " There is no " + type + " resource at all." : "");
        reporter.report(d.span().orElseThrow(), r, d.name() + " = \"" + name + "\" in " + Written.named(r)
                + " names no " + type + " resource; Bareos stops with \"Could not find config resource\". Names "
                + "compare exactly, case included." + hint);
    }
}
