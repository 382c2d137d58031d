package dev.bconf.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bconf completion bash|zsh}: the shell completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script.",
            "bash: source <(bconf completion bash), or save it in /etc/bash_completion.d/bconf.",
            "zsh: source <(bconf completion zsh) in ~/.zshrc; the script loads zsh's bash completion support."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the script was printed",
            "2:usage error (a shell other than bash or zsh)"})
final class CompletionCommand implements Callable<Integer> {

    /** The shells picocli's script supports; zsh runs it through bashcompinit. */
    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
    Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("bconf", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN;
    }
}
