package dev.bconf.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        CommandLine cli = new CommandLine(new BconfCommand(environment));
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UncheckedIOException unreadable) {
                // The commands raise it for inputs besides the configurations: standard input, the project file.
                errWriter.println("bconf: " + unreadable.getMessage() + " (" + unreadable.getCause().getMessage() + ")");
                return ExitCode.INPUT_OR_INTERNAL;
            }
            boolean debug = parseResult.originalArgs().contains("--debug");
            errWriter.println("bconf: internal error: " + e);
            if (debug) {
                e.printStackTrace(errWriter);
            } else {
                errWriter.println("Run again with --debug for details, and report it with the input that caused it.");
            }
            return ExitCode.INPUT_OR_INTERNAL;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            errWriter.println("bconf: " + e.getMessage());
            e.getCommandLine().usage(errWriter);
            return ExitCode.USAGE;
        });
        int code = cli.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }
}
