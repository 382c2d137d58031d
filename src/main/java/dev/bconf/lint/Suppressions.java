package dev.bconf.lint;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.syntax.BlockNode;
import dev.bconf.syntax.Comment;
import dev.bconf.syntax.ConfigFile;
import dev.bconf.syntax.DaemonSyntax;
import dev.bconf.syntax.ResourceNode;
import dev.bconf.syntax.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions written in the configuration itself:
 * {@code # bconf: disable=BC201,BC206 reason} on the line before a resource or directive, or
 * at the end of its first line, silences those rules inside it;
 * {@code # bconf: disable-file=BC201} anywhere silences them in the whole file.
 */
public final class Suppressions {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\s*bconf:\\s*(disable|disable-file)\\s*=\\s*([A-Za-z0-9, ]+?)(?:\\s+(\\S.*))?\\s*$");

    /** One suppression: which rules, where, and the reason written next to it. */
    public record Suppression(Set<String> rules, Path file, int fromLine, int toLine, String reason) {
        public Suppression {
            rules = Set.copyOf(rules);
        }

        boolean covers(Diagnostic d) {
            SourceSpan at = d.location();
            return rules.contains(d.rule().id()) && sameFile(at.file())
                    && at.line() >= fromLine && at.line() <= toLine;
        }

        private boolean sameFile(Path other) {
            return file.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
        }
    }

    private final List<Suppression> all;

    private Suppressions(List<Suppression> all) {
        this.all = List.copyOf(all);
    }

    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    /** Every suppression comment of the daemons' files, with the range it covers. */
    public static Suppressions of(List<DaemonSyntax> daemons) {
        List<Suppression> found = new ArrayList<>();
        for (DaemonSyntax daemon : daemons) {
            for (ConfigFile file : daemon.files()) {
                List<SourceSpan> targets = targets(file);
                for (Comment c : file.comments()) {
                    parse(c, targets).ifPresent(found::add);
                }
            }
        }
        return new Suppressions(found);
    }

    public List<Suppression> all() {
        return all;
    }

    /** The diagnostics no suppression covers. */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> all.stream().noneMatch(s -> s.covers(d))).toList();
    }

    private static java.util.Optional<Suppression> parse(Comment c, List<SourceSpan> targets) {
        Matcher m = DIRECTIVE.matcher(c.text());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        Set<String> rules = Set.copyOf(List.of(m.group(2).toUpperCase(Locale.ROOT).replace(" ", "").split(",")));
        String reason = m.group(3) == null ? "" : m.group(3);
        Path file = c.span().file();
        if (m.group(1).equals("disable-file")) {
            return java.util.Optional.of(new Suppression(rules, file, 1, Integer.MAX_VALUE, reason));
        }
        int line = c.span().line();
        // The element starting on the comment's own line (end-of-line comment) wins over the next line's.
        SourceSpan target = targets.stream().filter(t -> sameFile(t, file) && t.line() == line).findFirst()
                .or(() -> targets.stream().filter(t -> sameFile(t, file) && t.line() == line + 1).findFirst())
                .orElse(new SourceSpan(file, line, 1, line + 1, 1));
        return java.util.Optional.of(new Suppression(rules, file, target.line(), target.endLine(), reason));
    }

    private static boolean sameFile(SourceSpan span, Path file) {
        return span.file().equals(file);
    }

    /** Resources, blocks and directives, outermost first, so a line's first element is the largest. */
    private static List<SourceSpan> targets(ConfigFile file) {
        List<SourceSpan> spans = new ArrayList<>();
        for (ResourceNode r : file.resources()) {
            spans.add(r.span());
            collect(r.body(), spans);
        }
        return spans;
    }

    private static void collect(List<Statement> body, List<SourceSpan> spans) {
        for (Statement s : body) {
            spans.add(s.span());
            if (s instanceof BlockNode b) {
                collect(b.body(), spans);
            }
        }
    }
}
