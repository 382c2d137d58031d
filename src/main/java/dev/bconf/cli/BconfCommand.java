package dev.bconf.cli;

import picocli.CommandLine.Command;

/** The top-level command: only subcommands, version and help. */
@Command(name = "bconf",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Reads Bareos configurations, checks them across daemons and shows how the daemons connect.",
        subcommands = {CheckCommand.class, TopologyCommand.class, ExportCommand.class, RulesCommand.class,
            CompletionCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the --fail-on level",
            "1:findings at or above the --fail-on level (a syntax error is a finding)",
            "2:usage error (unknown option, bad value)",
            "3:an input could not be read, or an internal error"})
final class BconfCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Environment environment;

    BconfCommand(Environment environment) {
        this.environment = environment;
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
