package dev.bconf.report;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.syntax.BlockNode;
import dev.bconf.syntax.ConfigFile;
import dev.bconf.syntax.DaemonSyntax;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.ResourceNode;
import dev.bconf.syntax.Statement;
import dev.bconf.syntax.ValueBlock;
import dev.bconf.syntax.ValuePart;
import dev.bconf.syntax.ValueToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configuration as bconf may show it: source lines with every secret value replaced by
 * {@code <redacted>}, and findings whose messages quote no secret. Secrets are found from the
 * directives as read, which also covers values in included files, and, in a daemon with a
 * syntax error, from the text of each line, which also covers lines too broken to be read as a
 * directive. A shown line is masked by its own text as well.
 */
public final class RedactedSource {

    private final Map<Path, String> texts;
    // Concurrent: the text report writes its findings, and so reads and masks their lines, on all cores.
    private final Map<Path, Optional<List<String>>> lines = new ConcurrentHashMap<>();
    // By file and by each line a value covers: one file can hold ten thousand passwords.
    private final Map<Path, Map<Integer, List<SourceSpan>>> secretSpans = new HashMap<>();
    // Many findings on one long line would otherwise mask the same line again for each of them.
    private final Map<Path, Map<Integer, MaskedLine>> masked = new ConcurrentHashMap<>();
    // Thousands of clients mean thousands of passwords but only a few lengths: at each word start a
    // message is looked up once per length, longest first, so that a password containing another is masked whole.
    private final Set<String> secrets = new HashSet<>();
    private int[] secretLengths = new int[0];

    private RedactedSource(Map<Path, String> texts) {
        this.texts = texts;
    }

    /**
     * The source of what the daemons read.
     *
     * @param texts the text of inputs that are no files (standard input), by the name they were read under
     */
    public static RedactedSource of(List<DaemonSyntax> daemons, Map<Path, String> texts) {
        Map<Path, String> byKey = new HashMap<>();
        texts.forEach((name, text) -> byKey.put(key(name), text));
        RedactedSource source = new RedactedSource(byKey);
        Set<String> values = new LinkedHashSet<>();
        byKey.keySet().forEach(name -> source.scan(name, values));
        for (DaemonSyntax daemon : daemons) {
            // Where everything was read as directives, the directives hold every secret; only a
            // daemon with a syntax error can have one on a line that is no directive. Reading
            // the text of every file again cost a whole site as much as reading it did.
            boolean broken = daemon.diagnostics().stream().anyMatch(d -> d.rule().equals(ReadingRules.SYNTAX_ERROR));
            for (ConfigFile file : daemon.files()) {
                for (ResourceNode resource : file.resources()) {
                    source.collect(resource.body(), values);
                }
                if (broken) {
                    source.scan(file.path(), values);
                    file.includedFiles().forEach(included -> source.scan(included, values));
                }
            }
        }
        values.stream().filter(v -> !v.isEmpty()).forEach(source.secrets::add);
        source.secretLengths = source.secrets.stream().mapToInt(String::length).distinct()
                .map(length -> -length).sorted().map(length -> -length).toArray();
        return source;
    }

    /** The line as it may be shown; empty when the file cannot be read or has no such line. */
    Optional<MaskedLine> line(Path file, int number) {
        Optional<List<String>> all = lines.computeIfAbsent(key(file), this::read);
        if (all.isEmpty() || number < 1 || number > all.get().size()) {
            return Optional.empty();
        }
        return Optional.of(masked.computeIfAbsent(key(file), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(number, n -> masked(file, all.get().get(n - 1), n)));
    }

    private MaskedLine masked(Path file, String text, int number) {
        List<int[]> ranges = new ArrayList<>();
        for (SourceSpan s : secretSpans.getOrDefault(key(file), Map.of()).getOrDefault(number, List.of())) {
            ranges.add(new int[] {s.line() == number ? s.column() : 1,
                s.endLine() == number ? s.endColumn() : text.codePointCount(0, text.length())});
        }
        for (int[] value : SecretNames.values(text)) {
            ranges.add(new int[] {column(text, value[0]), column(text, value[1]) - 1});
        }
        return mask(text, ranges);
    }

    /** The report with every secret quoted in a message replaced. */
    public CheckReport redact(CheckReport report) {
        List<Diagnostic> clean = report.diagnostics().stream().map(d -> new Diagnostic(d.rule(), d.severity(),
                scrub(d.message()), d.location(),
                d.related().stream().map(r -> new RelatedLocation(scrub(r.message()), r.location())).toList(),
                d.subject())).toList();
        return new CheckReport(clean, report.files(), report.daemons());
    }

    /** Replaces each secret that stands as a word of its own, so that e.g. a password "backup" leaves "backup-dir". */
    String scrub(String message) {
        StringBuilder out = null;
        int copied = 0;
        for (int at = 0; at < message.length(); at++) {
            if (at > 0 && isWordChar(message.charAt(at - 1))) {
                continue;
            }
            for (int length : secretLengths) {
                int after = at + length;
                if (after <= message.length()
                        && (after == message.length() || !isWordChar(message.charAt(after)))
                        && secrets.contains(message.substring(at, after))) {
                    out = out == null ? new StringBuilder(message.length()) : out;
                    out.append(message, copied, at).append(MaskedLine.REDACTED);
                    copied = after;
                    at = after - 1;
                    break;
                }
            }
        }
        return out == null ? message : out.append(message, copied, message.length()).toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private void collect(List<Statement> body, Set<String> values) {
        for (Statement s : body) {
            if (s instanceof BlockNode block) {
                collect(block.body(), values);
            } else if (s instanceof DirectiveNode d) {
                boolean secret = SecretNames.isSecret(d.keyword().name());
                for (ValuePart part : d.value()) {
                    if (secret) {
                        remember(part.span());
                    }
                    if (secret && part instanceof ValueToken t) {
                        values.add(t.text());
                    } else if (part instanceof ValueBlock b) {
                        collect(b.statements(), values);
                    }
                }
            }
        }
    }

    private void remember(SourceSpan secret) {
        Map<Integer, List<SourceSpan>> byLine = secretSpans.computeIfAbsent(key(secret.file()), k -> new HashMap<>());
        for (int line = secret.line(); line <= secret.endLine(); line++) {
            byLine.computeIfAbsent(line, k -> new ArrayList<>()).add(secret);
        }
    }

    private void scan(Path file, Set<String> values) {
        for (String text : lines.computeIfAbsent(key(file), this::read).orElse(List.of())) {
            for (int[] value : SecretNames.values(text)) {
                values.add(unquoted(text.substring(value[0], value[1])));
            }
        }
    }

    private static String unquoted(String value) {
        String v = value.startsWith("\"") ? value.substring(1) : value;
        return v.endsWith("\"") ? v.substring(0, v.length() - 1) : v;
    }

    private Optional<List<String>> read(Path key) {
        String text = texts.get(key);
        if (text == null) {
            if (!Files.isRegularFile(key)) {
                return Optional.empty();
            }
            try {
                text = new String(Files.readAllBytes(key), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        List<String> split = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            split.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return Optional.of(split);
    }

    private static MaskedLine mask(String text, List<int[]> ranges) {
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]));
        List<MaskedLine.Replacement> merged = new ArrayList<>();
        for (int[] r : ranges) {
            MaskedLine.Replacement last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last.to() + 1) {
                merged.set(merged.size() - 1, new MaskedLine.Replacement(last.from(), Math.max(last.to(), r[1])));
            } else if (r[1] >= r[0]) {
                merged.add(new MaskedLine.Replacement(r[0], r[1]));
            }
        }
        StringBuilder shown = new StringBuilder();
        int[] codePoints = text.codePoints().toArray();
        int next = 0;
        for (int column = 1; column <= codePoints.length; column++) {
            if (next < merged.size() && column == merged.get(next).from()) {
                shown.append(MaskedLine.REDACTED);
                column = merged.get(next++).to();
            } else {
                shown.appendCodePoint(codePoints[column - 1]);
            }
        }
        return new MaskedLine(shown.toString(), merged);
    }

    private static int column(String text, int index) {
        return text.codePointCount(0, index) + 1;
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
