package dev.bconf.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** The {@code bconf} command line. Only {@link #main} exits; everything else returns codes. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Runs bconf as the command line would and returns the exit code of the contracts:
     * 0 clean, 1 findings at or above the fail-on level, 2 usage error, 3 unreadable input
     * or internal error.
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(Environment.system(), out, err, args);
    }

    static int run(Environment environment, PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = BconfCommand.commandLine(environment, args);
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        boolean debug = Arrays.asList(args).contains("--debug");
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UncheckedIOException unreadable) {
                // The commands raise it for inputs besides the configurations: standard input, the project file.
                errWriter.println("bconf: " + unreadable.getMessage() + " (" + unreadable.getCause().getMessage() + ")");
                return ExitCode.INPUT_OR_INTERNAL;
            }
            return internalError(e, debug, errWriter);
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            errWriter.println("bconf: " + e.getMessage());
            e.getCommandLine().usage(errWriter);
            return ExitCode.USAGE;
        });
        int code;
        try {
            code = cli.execute(args);
            outWriter.flush();
        } catch (RuntimeException | Error e) {
            // Picocli hands exceptions to the handler above but lets errors (a stack overflow)
            // through, and the final flush of the report may fail too: both are internal errors.
            code = internalError(e, debug, errWriter);
        }
        errWriter.flush();
        return code;
    }

    /** One line on standard error, the stack trace only with --debug; exit code 3. */
    private static int internalError(Throwable e, boolean debug, PrintWriter err) {
        String what = e.toString().replaceAll("\\s+", " ").strip();
        err.println("bconf: internal error: " + (what.length() > 300 ? what.substring(0, 297) + "..." : what)
                + (debug ? "" : " (run again with --debug for the stack trace, and report it with the input "
                        + "that caused it)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return ExitCode.INPUT_OR_INTERNAL;
    }
}
