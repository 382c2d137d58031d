package dev.bconf.diagnostic;

import java.util.List;

/** The rules about reading files (BC0xx): they are reported while configs are read. */
public final class ReadingRules {

    public static final RuleInfo SYNTAX_ERROR = new RuleInfo("BC001", "syntax-error", Severity.ERROR,
            "The text is not valid Bareos configuration syntax.");
    public static final RuleInfo INCLUDE_NOT_FOUND = new RuleInfo("BC002", "include-not-found", Severity.ERROR,
            "An @ include names a file that does not exist.");
    public static final RuleInfo INCLUDE_CYCLE = new RuleInfo("BC003", "include-cycle", Severity.ERROR,
            "An include includes itself, directly or indirectly, or nests too deeply.");
    public static final RuleInfo INCLUDE_COMMAND_SKIPPED = new RuleInfo("BC004", "include-command-skipped",
            Severity.WARNING, "An @|command include or a |command value is never executed; its content is unknown.");
    public static final RuleInfo ENCODING = new RuleInfo("BC005", "encoding", Severity.ERROR,
            "A file is UTF-16 or holds bytes that are not UTF-8.");
    public static final RuleInfo UNKNOWN_DAEMON = new RuleInfo("BC006", "unknown-daemon", Severity.ERROR,
            "A path holds no recognisable daemon configuration.");

    public static final List<RuleInfo> ALL = List.of(
            SYNTAX_ERROR, INCLUDE_NOT_FOUND, INCLUDE_CYCLE, INCLUDE_COMMAND_SKIPPED, ENCODING, UNKNOWN_DAEMON);

    private ReadingRules() {
    }
}
