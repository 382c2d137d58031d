package dev.bconf.cli;

import java.io.Console;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What bconf takes from the process around it: environment variables, the working directory,
 * whether a person is at a terminal, and standard input. Tests pass their own.
 *
 * @param variables        the environment variables
 * @param workingDirectory where {@code .bconf.yaml} is looked for first and paths are shown from
 * @param terminal         true when standard input and output are a terminal
 * @param stdin            standard input, read for the path {@code -}
 */
record Environment(Map<String, String> variables, Path workingDirectory, boolean terminal, InputStream stdin) {

    Environment {
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        Objects.requireNonNull(stdin, "stdin");
    }

    static Environment system() {
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(), interactive(), System.in);
    }

    /** A variable's value; unset and empty are the same, as NO_COLOR defines it. */
    Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isEmpty());
    }

    private static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // From Java 22 on there is a console also when the streams are redirected; it knows which.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
