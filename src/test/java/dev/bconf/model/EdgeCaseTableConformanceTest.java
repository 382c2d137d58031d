package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that the copied table still says what {@code ../shared/spec/edge-cases.tsv} says:
 * every snippet is the one Bareos was run on, every refusal message the one it printed.
 * Runs only in the conformance profile, which has {@code ../shared}.
 */
@Tag("conformance")
class EdgeCaseTableConformanceTest {

    private static Map<String, String[]> shared() throws IOException {
        Path tsv = Path.of(System.getProperty("bconf.shared", "../shared"), "spec", "edge-cases.tsv");
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.split("\t", -1))
                .collect(Collectors.toMap(c -> c[0], Function.identity()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.bconf.model.EdgeCaseValuesTest#vectors")
    void tableMatchesTheSharedVectors(EdgeCaseValuesTest.Vector v) throws IOException {
        String[] row = shared().get(v.id().split("\\.")[0]);
        assertThat(row).as("edge case %s", v.id()).isNotNull();
        String snippetFirstLine = utf8(decode(row[3])).split("\n")[0];
        assertThat(v.config()).contains(snippetFirstLine);
        if (!v.bareos().isEmpty()) {
            String error = decode(row[6]).replace("\\x", "\\\\x");
            String expected = v.bareos().replace("\\x", "\\\\x");
            String[] around = expected.split("<redacted>", -1);
            assertThat(error).startsWith(around[0]);
        }
    }

    /** {@code \xHH} escapes turned back into the UTF-8 text they encode. */
    private static String utf8(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\x", i) && i + 4 <= text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                byte[] b = String.valueOf(text.charAt(i)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The shared table's escapes, bytes left as {@code \xHH} as the copied table keeps them. */
    private static String decode(String cell) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && "nt\\".indexOf(cell.charAt(i + 1)) >= 0) {
                char n = cell.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : '\\');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
