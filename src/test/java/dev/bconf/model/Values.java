package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.syntax.BlockNode;
import dev.bconf.syntax.ConfigFile;
import dev.bconf.syntax.ConfigReader;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.ReadOptions;
import dev.bconf.syntax.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Reads configuration snippets and shows values the way the tests compare them. */
final class Values {

    private Values() {
    }

    /** A directive found in a snippet, with the context a model builder would give it. */
    record Found(DirectiveNode directive, ValueContext context) {
    }

    /** Parses the last directive of {@code body}, written inside a resource after {@code Name = x}. */
    static ValueResult parse(String datatype, String body) {
        return parse(datatype, body, c -> c);
    }

    static ValueResult parse(String datatype, String body, UnaryOperator<ValueContext> options) {
        Found f = lastDirective("Test {\n  Name = x\n" + body + "\n}\n", Optional.empty());
        return ValueParser.parse(datatype, f.directive(), options.apply(f.context()));
    }

    /** The last directive named {@code keyword} (any directive when empty), blocks searched too. */
    static Found lastDirective(String config, Optional<String> keyword) {
        ConfigFile file = ConfigReader.readText(Path.of("test.conf"), config, Path.of("."), ReadOptions.defaults())
                .file();
        List<Found> found = new ArrayList<>();
        ValueContext base = ValueContext.none().withComments(file.comments());
        file.resources().forEach(r -> collect(r.body(), r.span(), base, keyword, found));
        if (found.isEmpty()) {
            throw new AssertionError("no directive " + keyword.orElse("") + " in " + config);
        }
        return found.get(found.size() - 1);
    }

    private static void collect(List<Statement> body, SourceSpan span, ValueContext base, Optional<String> keyword,
            List<Found> found) {
        for (Statement s : body) {
            if (s instanceof DirectiveNode d && keyword.map(k -> d.keyword().is(k)).orElse(true)) {
                found.add(new Found(d, base.enclosedBy(span)));
            } else if (s instanceof BlockNode b) {
                collect(b.body(), b.span(), base, keyword, found);
            }
        }
    }

    /**
     * What Bareos makes of a value, in one line: the rendered value, or {@code reject: } and
     * Bareos's message; then {@code +KIND} for every other problem, sorted.
     */
    static String outcome(ValueResult r) {
        String base = r.firstError().filter(p -> p.kind() == ValueProblem.Kind.INVALID_VALUE)
                .map(p -> "reject: " + p.bareosMessage().orElse(""))
                .orElseGet(() -> r.value().map(Values::render).orElse("?"));
        String others = r.problems().stream().filter(p -> p.kind() != ValueProblem.Kind.INVALID_VALUE)
                .map(p -> p.kind().name()).sorted().collect(Collectors.joining("+"));
        return others.isEmpty() ? base : base + " +" + others;
    }

    /** {@link #outcome} of the last directive of {@code body}. */
    static String outcome(String datatype, String body) {
        return outcome(parse(datatype, body));
    }

    /** A value as a short text, e.g. {@code time 60} or {@code refs a|b}. */
    static String render(Value v) {
        if (v instanceof Value.Bool b) {
            return "bool " + (b.value() ? "yes" : "no");
        } else if (v instanceof Value.Duration d) {
            return "time " + d.seconds();
        } else if (v instanceof Value.Size s) {
            return "size " + s.bytes();
        } else if (v instanceof Value.Speed s) {
            return "speed " + s.bytesPerSecond();
        } else if (v instanceof Value.Int i) {
            return "int " + i.value();
        } else if (v instanceof Value.Port p) {
            return p.isServiceName() ? "service " + p.written() : "port " + p.number().getAsInt();
        } else if (v instanceof Value.Address a) {
            return "address " + address(a);
        } else if (v instanceof Value.Addresses a) {
            return "addresses " + a.entries().stream().map(e -> family(e.family()) + " "
                    + e.address().map(x -> x.host() + "/" + family(x.family())).orElse("-") + " "
                    + e.port().map(Value.Port::written).orElse("-")).collect(Collectors.joining("; "));
        } else if (v instanceof Value.Name n) {
            return "name " + n.value();
        } else if (v instanceof Value.Text t) {
            return "text " + t.value();
        } else if (v instanceof Value.Directory d) {
            return "dir " + d.value();
        } else if (v instanceof Value.Password p) {
            return "password " + p.encoding().name().toLowerCase(Locale.ROOT) + " " + p.stored();
        } else if (v instanceof Value.ResourceRef r) {
            return "ref " + r.name();
        } else if (v instanceof Value.ResourceList r) {
            return "refs " + String.join("|", r.names());
        } else if (v instanceof Value.StringList s) {
            return "strings " + String.join("|", s.values());
        } else if (v instanceof Value.DeviceName d) {
            return "device " + d.name();
        } else if (v instanceof Value.Acl a) {
            return "acl " + String.join("|", a.entries());
        } else if (v instanceof Value.Messages m) {
            return "messages " + String.join("|", m.destinations()) + " = " + m.types().stream()
                    .map(t -> (t.negated() ? "!" : "") + t.name()).collect(Collectors.joining(","));
        } else if (v instanceof Value.Choice c) {
            return "choice " + c.canonical();
        } else if (v instanceof Value.PluginNames p) {
            return "plugins " + String.join("|", p.names());
        } else if (v instanceof Value.ScheduleRun r) {
            return "run " + r.settings().stream().map(s -> s.name() + "=" + s.value())
                    .collect(Collectors.joining(" ")) + "; " + String.join(" ", r.when());
        } else if (v instanceof Value.FileSetOption o) {
            return "option " + o.option() + "=" + o.value();
        }
        return "opaque";
    }

    private static String address(Value.Address a) {
        return a.host() + "/" + family(a.family()) + (a.literal() ? " literal" : " host");
    }

    private static String family(Value.IpFamily f) {
        return f == Value.IpFamily.IPV4 ? "ipv4" : "ipv6";
    }
}
