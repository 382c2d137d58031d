package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value-level case of Bareos's edge-case vectors: what Bareos accepts, the value it
 * stores, what it refuses and with which message.
 */
class EdgeCaseValuesTest {

    record Vector(String id, String datatype, String keyword, List<String> options, String config,
            boolean rejected, String value, List<String> problems, String bareos) {

        @Override
        public String toString() {
            return id + " " + datatype;
        }
    }

    static Stream<Vector> vectors() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                EdgeCaseValuesTest.class.getResourceAsStream("edge-case-values.tsv"));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Vector> vectors = reader.lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("id\t"))
                    .map(l -> l.split("\t", -1))
                    .map(c -> new Vector(c[0], c[1], c[2], list(c[3]), unescape(c[4]), c[5].equals("reject"),
                            unescape(c[6]), list(c[7]), unescape(c[8])))
                    .collect(Collectors.toList());
            return vectors.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void readsTheValueAsBareosDoes(Vector v) {
        Values.Found found = Values.lastDirective(v.config(), Optional.of(v.keyword()));
        ValueContext context = found.context();
        for (String option : v.options()) {
            if (option.equals("required")) {
                context = context.withRequired(true);
            } else if (option.equals("clear")) {
                context = context.withAutoPassword(Value.Password.Encoding.CLEAR);
            } else if (option.startsWith("resource=")) {
                context = context.withResourceName(option.substring("resource=".length()));
            }
        }

        ValueResult result = ValueParser.parse(v.datatype(), found.directive(), context);

        assertThat(result.rejected()).as("rejected; problems: %s", result.problems()).isEqualTo(v.rejected());
        if (!v.value().isEmpty() || !v.rejected()) {
            assertThat(result.value()).map(Values::render).contains(v.value());
        } else {
            assertThat(result.value()).isEmpty();
        }
        List<String> kinds = result.problems().stream()
                .filter(p -> p.kind() != ValueProblem.Kind.INVALID_VALUE)
                .map(p -> p.kind().name()).sorted().collect(Collectors.toList());
        assertThat(kinds).isEqualTo(v.problems().stream().sorted().collect(Collectors.toList()));
        if (!v.bareos().isEmpty()) {
            assertThat(result.firstError().flatMap(ValueProblem::bareosMessage)).contains(v.bareos());
        }
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(","));
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
