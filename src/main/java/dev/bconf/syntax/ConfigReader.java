package dev.bconf.syntax;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.discover.DaemonSource;
import dev.bconf.syntax.internal.FileParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads daemon configurations into syntax trees, exactly as Bareos splits them into
 * resources and directives, reporting every reading problem (BC001-BC005) instead of
 * stopping at the first.
 */
public final class ConfigReader {

    private ConfigReader() {
    }

    /**
     * Reads every top-level file of one daemon, in Bareos's order. Files are parsed one by
     * one, in parallel; Bareos reads them as one stream, which differs only when a resource
     * spans two files, so when any file has a syntax error the set is read again as one
     * stream and that reading is the answer.
     */
    public static DaemonSyntax read(DaemonSource source, ReadOptions options) {
        FileParser parser = new FileParser(source.root(), options.sysroot());
        List<FileParser.Result> results = source.files().size() > 1
                ? source.files().parallelStream().map(parser::parse).toList()
                : source.files().stream().map(parser::parse).toList();
        if (results.size() > 1 && results.stream().anyMatch(ConfigReader::hasSyntaxError)) {
            results = List.of(parser.parseJoined(source.origin(), source.files()));
        }
        List<ConfigFile> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (FileParser.Result r : results) {
            files.add(r.file());
            diagnostics.addAll(r.findings());
        }
        return new DaemonSyntax(source, files, diagnostics);
    }

    private static boolean hasSyntaxError(FileParser.Result result) {
        return result.findings().stream().anyMatch(d -> d.rule().equals(ReadingRules.SYNTAX_ERROR));
    }

    /**
     * Reads configuration text that has no file of its own (standard input, an editor buffer).
     *
     * @param name     the name to use in locations
     * @param text     the configuration text
     * @param baseDir  where relative includes are resolved
     * @param options  reading options
     */
    public static ParsedText readText(Path name, String text, Path baseDir, ReadOptions options) {
        FileParser.Result r = new FileParser(baseDir, options.sysroot()).parseText(name, text);
        return new ParsedText(r.file(), r.findings());
    }

    /** A configuration read from text, with its reading findings. */
    public record ParsedText(ConfigFile file, List<Diagnostic> diagnostics) {
        public ParsedText {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
