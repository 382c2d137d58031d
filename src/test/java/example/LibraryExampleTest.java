package example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A library user's view: the README's example compiles (it is LibraryExample, in a package
 * of its own that sees only the public API) and runs on a sample.
 */
class LibraryExampleTest {

    @Test
    void theReadmeShowsTheExampleAsItIsCompiled() throws Exception {
        String source = Files.readString(Path.of("src/test/java/example/LibraryExample.java"), StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String example = between(source, "// README-EXAMPLE-START\n", "        // README-EXAMPLE-END").indent(-8);

        assertThat(readme).contains(example);
    }

    @Test
    void theExampleRunsOnASample() throws Exception {
        List<String> lines = LibraryExample.run(Path.of("samples/director-initiated-broken"));

        assertThat(lines).anyMatch(l -> l.contains("BC210"));
        assertThat(lines).anyMatch(l -> l.matches(".* -> web1-fd at .*:9102 broken"));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
