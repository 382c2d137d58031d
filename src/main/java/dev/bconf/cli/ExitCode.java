package dev.bconf.cli;

/** The exit codes of the contracts. Never a count. */
final class ExitCode {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INPUT_OR_INTERNAL = 3;

    private ExitCode() {
    }
}
