package dev.bconf.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: only subcommands, version and help. */
@Command(name = "bconf",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Reads Bareos configurations, checks them across daemons and shows how the daemons connect.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the --fail-on level",
            "1:findings at or above the --fail-on level (a syntax error is a finding)",
            "2:usage error (unknown option, bad value)",
            "3:an input could not be read, or an internal error"})
final class BconfCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The subcommands by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private final Environment environment;

    BconfCommand(Environment environment) {
        this.environment = environment;
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("topology", TopologyCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("completion", CompletionCommand::new);
        return commands;
    }

    /**
     * The command line for these arguments. Picocli reads a command's annotations into its
     * model when the command is added, which cost a run about 20 ms for the four it did not use;
     * so a run adds only the command its first word names. Every command is added when that word
     * names none (help, a misspelt command) or names the completion script, which covers them all.
     */
    static CommandLine commandLine(Environment environment, String... args) {
        CommandLine cli = new CommandLine(new BconfCommand(environment));
        String word = "";
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                word = arg;
                break;
            }
        }
        if (COMMANDS.containsKey(word) && !word.equals("completion")) {
            cli.addSubcommand(COMMANDS.get(word).get());
        } else {
            COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
        }
        return cli;
    }

    /** The environment of the run a subcommand belongs to. */
    static Environment environment(picocli.CommandLine.Model.CommandSpec spec) {
        return ((BconfCommand) spec.root().userObject()).environment;
    }

    /** A command is required; without one, say so as any usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("bconf: a command is required ("
                + String.join(", ", spec.subcommands().keySet()) + ")");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
