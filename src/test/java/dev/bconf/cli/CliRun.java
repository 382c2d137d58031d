package dev.bconf.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One run of the command line with its streams captured. */
record CliRun(int code, String out, String err) {

    /** No variables (so not under GitHub Actions, no NO_COLOR), no terminal, nothing on standard input. */
    static final Environment PLAIN = environment(Map.of(), false, "");

    static CliRun of(String... args) {
        return in(PLAIN, args);
    }

    static CliRun in(Environment environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(environment, o, e, args);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An environment in the real working directory. */
    static Environment environment(Map<String, String> variables, boolean terminal, String stdin) {
        return environment(variables, Path.of("").toAbsolutePath(), terminal, stdin);
    }

    static Environment environment(Map<String, String> variables, Path workingDirectory, boolean terminal,
            String stdin) {
        return new Environment(variables, workingDirectory, terminal,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }
}
