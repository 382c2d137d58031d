package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An unexpected exception inside a command is an internal error: exit code 3, one line on
 * standard error, the stack trace only with {@code --debug}. The seam is standard output: a
 * stream that throws makes the writer of the report throw, as a bug in it would.
 */
class InternalErrorTest {

    private static final String SITE = TestResources.path("cli/syntax-error").toString();

    static Stream<Arguments> failures() {
        Supplier<Throwable> exception = () -> new IllegalStateException("disk on fire\nand smoking");
        Supplier<Throwable> error = StackOverflowError::new;
        return Stream.of(Arguments.of("check", exception), Arguments.of("topology", exception),
                Arguments.of("check", error));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("failures")
    void isExitCodeThreeWithOneLine(String command, Supplier<Throwable> failure) {
        Run run = run(failure.get(), command, SITE);

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("bconf: internal error: ").contains("--debug"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("failures")
    void showsTheStackTraceWithDebug(String command, Supplier<Throwable> failure) {
        Run run = run(failure.get(), command, "--debug", SITE);

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("bconf: internal error: ").contains("\tat dev.bconf.cli.");
    }

    private record Run(int code, String err) {
    }

    private static Run run(Throwable failure, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(failing(failure), e, args);
        }
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    /** A standard output whose every write throws {@code failure}. */
    private static PrintStream failing(Throwable failure) {
        return new PrintStream(OutputStream.nullOutputStream()) {
            @Override
            public void write(int b) {
                throw sneaky(failure);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                throw sneaky(failure);
            }
        };
    }

    private static RuntimeException sneaky(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return (RuntimeException) t;
    }
}
