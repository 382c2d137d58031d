package dev.bconf.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

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

    /**
     * The arguments of every command that reads configurations, once in each format it has,
     * found through the command line's own model so that commands and formats added later are
     * run too. {@code --fail-on never} where there is one, so that findings do not end a run.
     */
    static List<List<String>> everyAnalysingRun(Path input) {
        List<List<String>> runs = new ArrayList<>();
        for (CommandLine sub : BconfCommand.commandLine(Environment.system()).getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--sysroot") == null) {
                continue;
            }
            List<String> formats = new ArrayList<>();
            OptionSpec format = spec.findOption("--format");
            if (format != null) {
                format.completionCandidates().forEach(formats::add);
            }
            for (String f : formats.isEmpty() ? List.of("") : formats) {
                List<String> args = new ArrayList<>(List.of(spec.name(), input.toString()));
                if (spec.findOption("--fail-on") != null) {
                    args.addAll(List.of("--fail-on", "never"));
                }
                if (!f.isEmpty()) {
                    args.addAll(List.of("-f", f));
                }
                runs.add(args);
            }
        }
        return runs;
    }
}
