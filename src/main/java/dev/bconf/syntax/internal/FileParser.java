package dev.bconf.syntax.internal;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.syntax.Comment;
import dev.bconf.syntax.ConfigFile;
import dev.bconf.syntax.ResourceNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Reads one top-level file with its includes into a {@link ConfigFile}. Parses with SLL
 * prediction first and falls back to full LL with error recovery only when that fails,
 * so valid files, the common case, take the fast path.
 */
public final class FileParser {

    /**
     * Files larger than this are not configs; reading them would only exhaust memory. The size
     * is looked at before the file is opened, and no more than this is ever read.
     */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /**
     * Skips the SLL pass and parses every file with full LL from the start. Only the parsing
     * benchmark sets it ({@code -Dbconf.parser.llOnly=true}), to measure what the SLL pass saves.
     */
    private static final boolean LL_ONLY = Boolean.getBoolean("bconf.parser.llOnly");

    /** Reads as empty, as Bareos would read it; every other device, pipe or socket is refused. */
    private static final Path DEV_NULL = Path.of("/dev/null");

    /** The weight (tokens, includes counted as files of tokens) from which a file is parsed in parts on all cores. */
    static final int PARSED_IN_PARTS_FROM = 50_000;

    /**
     * About the weight of a part. Small parts: the parse tree of one is garbage before the
     * collector runs, where the tree of a whole large file was copied by every collection.
     */
    private static final int PART_WEIGHT = 4_096;

    private final Path base;
    private final Optional<Path> sysroot;
    private final int partsFrom;
    private final int partWeight;

    public FileParser(Path base, Optional<Path> sysroot) {
        this(base, sysroot, PARSED_IN_PARTS_FROM, PART_WEIGHT);
    }

    /**
     * With other sizes for parsing in parts, so that tests can hold small files to the promise
     * that a file parsed in parts reads as it reads parsed whole.
     */
    public FileParser(Path base, Optional<Path> sysroot, int partsFrom, int partWeight) {
        this.partsFrom = partsFrom;
        this.partWeight = partWeight;
        this.base = base;
        this.sysroot = sysroot;
    }

    /** The parsed file and everything found while reading it. */
    public record Result(ConfigFile file, List<Diagnostic> findings) {
    }

    public Result parse(Path path) {
        List<Diagnostic> findings = new ArrayList<>();
        Optional<LexedFile> top = load(path, findings, Optional.empty());
        if (top.isEmpty()) {
            return new Result(new ConfigFile(path, List.of(), List.of(), List.of()), findings);
        }
        LexedFile sliced = withGlobsSliced(top.get());
        if (sliced.weight() >= partsFrom) {
            Optional<Result> inParts = parseInParts(sliced, findings);
            if (inParts.isPresent()) {
                return inParts.get();
            }
            // Parsing the parts marked their tokens; the whole file is read again from the start.
            findings.clear();
            top = load(path, findings, Optional.empty());
            if (top.isEmpty()) {
                return new Result(new ConfigFile(path, List.of(), List.of(), List.of()), findings);
            }
            sliced = withGlobsSliced(top.get());
        }
        return parse(sliced, findings);
    }

    /** A part holds about partWeight tokens, so a slice of a glob about that many files' worth. */
    private LexedFile withGlobsSliced(LexedFile file) {
        return file.withGlobsSliced(new IncludeResolver(base, sysroot),
                Math.max(1, partWeight / LexedFile.INCLUDE_WEIGHT));
    }

    /**
     * A large file (one Director of thousands of clients, or a list of thousands of includes)
     * parsed on all cores: cut between its top-level resources and includes, each part parsed
     * with its includes as a file of its own, the results joined in order.
     * Where Bareos is at the top level between two resources, reading goes on the same way
     * whatever came before, so this gives what one parse gives. Empty when the file cannot be
     * cut, or when a part has a syntax error: where the parts were cut may then not be between
     * resources for Bareos, and error recovery must see the whole file.
     */
    private Optional<Result> parseInParts(LexedFile top, List<Diagnostic> readingFindings) {
        List<LexedFile> parts = top.parts(partWeight);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<Result> parsed = parts.parallelStream().map(part -> parse(part, new ArrayList<>())).toList();
        List<ResourceNode> resources = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        List<Path> included = new ArrayList<>();
        List<Diagnostic> findings = new ArrayList<>(readingFindings);
        for (Result r : parsed) {
            if (r.findings().stream().anyMatch(d -> d.rule().equals(ReadingRules.SYNTAX_ERROR))) {
                return Optional.empty();
            }
            resources.addAll(r.file().resources());
            comments.addAll(r.file().comments());
            included.addAll(r.file().includedFiles());
            findings.addAll(r.findings());
        }
        return Optional.of(new Result(new ConfigFile(top.path, resources, comments, included), findings));
    }

    /**
     * Parses the files of one daemon as the single stream Bareos reads them as. Needed only
     * when a resource spans two files; {@code name} stands for the whole set in the result.
     */
    public Result parseJoined(Path name, List<Path> inReadingOrder) {
        List<Diagnostic> findings = new ArrayList<>();
        List<LexedFile> lexed = new ArrayList<>();
        for (Path p : inReadingOrder) {
            load(p, findings, Optional.empty()).ifPresent(lexed::add);
        }
        if (lexed.isEmpty()) {
            return new Result(new ConfigFile(name, List.of(), List.of(), List.of()), findings);
        }
        IncludeExpander expander = new IncludeExpander(lexed, this::load, new IncludeResolver(base, sysroot));
        Result r = parse(expander, lexed.get(lexed.size() - 1).path, findings);
        List<Path> read = new ArrayList<>(lexed.stream().map(f -> f.path).toList());
        read.addAll(r.file().includedFiles());
        return new Result(new ConfigFile(name, r.file().resources(), r.file().comments(), read), r.findings());
    }

    /** Parses text that did not come from a file (standard input, tests). */
    public Result parseText(Path name, String text) {
        List<Diagnostic> findings = new ArrayList<>();
        SourceText source = SourceText.decode(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        findings.addAll(source.findings());
        return parse(LexedFile.lex(name, source.text()), findings);
    }

    private Result parse(LexedFile top, List<Diagnostic> findings) {
        return parse(new IncludeExpander(top, this::load, new IncludeResolver(base, sysroot)), top.path, findings);
    }

    private Result parse(IncludeExpander expander, Path topPath, List<Diagnostic> findings) {
        NestingLimit limit = new NestingLimit(expander);
        CommonTokenStream stream = new CommonTokenStream(limit);
        stream.fill();
        BareosParser parser = new BareosParser(stream);
        parser.removeErrorListeners();
        SyntaxErrors errors = new SyntaxErrors(topPath);
        BareosParser.ConfigContext tree = (LL_ONLY ? Optional.<BareosParser.ConfigContext>empty() : parseSll(parser))
                .orElseGet(() -> parseLl(parser, stream, errors));
        TreeBuilder builder = new TreeBuilder(stream);
        List<ResourceNode> resources = builder.build(tree);
        findings.addAll(expander.findings());
        findings.addAll(limit.findings());
        // Recovery can report one problem twice from two rules; say it once.
        errors.findings().stream().distinct().forEach(findings::add);
        findings.addAll(builder.findings());
        ConfigFile file = new ConfigFile(topPath, resources, expander.comments(), expander.includedFiles());
        findings.addAll(CommandValues.find(file));
        return new Result(file, findings);
    }

    /** The fast path: SLL prediction, giving up at the first syntax error. */
    private static Optional<BareosParser.ConfigContext> parseSll(BareosParser parser) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return Optional.of(parser.config());
        } catch (ParseCancellationException e) {
            return Optional.empty();
        }
    }

    /** Full LL prediction with error recovery, from the first token. */
    private static BareosParser.ConfigContext parseLl(BareosParser parser, CommonTokenStream stream,
            SyntaxErrors errors) {
        stream.seek(0);
        parser.reset();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(errors);
        parser.addErrorListener(errors.listener());
        return parser.config();
    }

    private Optional<LexedFile> load(Path path, List<Diagnostic> findings, Optional<BToken> includedFrom) {
        SourceSpan where = includedFrom.map(BToken::span).orElse(SourceSpan.startOf(path));
        byte[] bytes;
        // Read into a buffer of the file's size: a default buffer per file was most of what
        // reading thousands of small files allocated, and probing for the end one more system call.
        long expected = -1;
        try {
            BasicFileAttributes file = Files.readAttributes(path, BasicFileAttributes.class);
            if (!file.isRegularFile()) {
                if (path.toRealPath().equals(DEV_NULL)) {
                    return Optional.of(LexedFile.lex(path, ""));
                }
                findings.add(Diagnostic.of(ReadingRules.INCLUDE_NOT_FOUND, where, "The file " + path + " is "
                        + (file.isDirectory() ? "a folder" : "no regular file but a device, pipe or socket")
                        + "; bconf reads only regular files, so what it would give Bareos is not checked."));
                return Optional.empty();
            }
            if (file.size() > MAX_FILE_BYTES) {
                findings.add(tooLarge(path, where));
                return Optional.empty();
            }
            expected = file.size();
        } catch (IOException e) {
            // Opening the file below says what is wrong with it.
        }
        try (InputStream in = Files.newInputStream(path)) {
            bytes = readAtMost(in, expected, (int) MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            findings.add(Diagnostic.of(ReadingRules.INCLUDE_NOT_FOUND, where, "The file " + path
                    + " does not exist."));
            return Optional.empty();
        } catch (AccessDeniedException e) {
            findings.add(Diagnostic.of(ReadingRules.INCLUDE_NOT_FOUND, where, "The file " + path
                    + " cannot be read: permission denied. Bareos, running as its own user, may not read it either."));
            return Optional.empty();
        } catch (IOException e) {
            findings.add(Diagnostic.of(ReadingRules.INCLUDE_NOT_FOUND, where, "The file " + path
                    + " cannot be read: " + e.getMessage() + "."));
            return Optional.empty();
        }
        if (bytes.length > MAX_FILE_BYTES) {
            // A file without a size (see readAtMost) that goes on and on.
            findings.add(tooLarge(path, where));
            return Optional.empty();
        }
        SourceText text = SourceText.decode(path, bytes);
        findings.addAll(text.findings());
        if (!text.readable()) {
            return Optional.empty();
        }
        LexedFile lexed = LexedFile.lex(path, text.text());
        if (text.utf8Bom()) {
            lexed.tokens.add(0, bom(lexed));
        }
        return Optional.of(lexed);
    }

    /**
     * The file's bytes: as many as its size said when it has one (what was appended since is not
     * read, as Bareos would not have read it either), else up to {@code limit}, as for files of
     * kernel file systems, which give their size as 0.
     */
    private static byte[] readAtMost(InputStream in, long size, int limit) throws IOException {
        if (size <= 0) {
            return in.readNBytes(limit);
        }
        byte[] buffer = new byte[(int) size];
        int n = in.readNBytes(buffer, 0, buffer.length);
        return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
    }

    private static Diagnostic tooLarge(Path path, SourceSpan where) {
        return Diagnostic.of(ReadingRules.SYNTAX_ERROR, where, "The file " + path + " is larger than "
                + (MAX_FILE_BYTES >> 20) + " MiB; that is no configuration file, so bconf does not read it.");
    }

    private static BToken bom(LexedFile file) {
        BToken t = new BTokenFactory().create(BareosParser.BOM, "\uFEFF");
        t.setLine(1);
        t.setCharPositionInLine(0);
        t.locate(file.path);
        return t;
    }
}
