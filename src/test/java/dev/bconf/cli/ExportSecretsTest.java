package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bconf.TestResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No password reaches an export without {@code --show-secrets}: neither as written nor as the
 * MD5 Bareos keeps, on standard output or in the {@code -o} file. export/secrets writes them
 * in every form the daemons read; the samples have their own.
 */
class ExportSecretsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PASSWORD_TYPES = Set.of("MD5PASSWORD", "CLEARPASSWORD", "AUTOPASSWORD");

    /** Each input with the secrets its daemons use, as written (Bareos keeps most as their MD5). */
    static Stream<Object[]> inputs() {
        return Stream.of(
                new Object[] {TestResources.path("export/secrets").toString(), List.of("zq-secret-director",
                        "zq-secret-key-encryption", "feedfacefeedfacefeedfacefeedface", "zq-secret-joined",
                        "zq-secret-trailing", "zq-secret-unquoted", "zq-secret-storage", "zq-secret-console",
                        "zq-secret-catalog", "zq-secret-client", "zq-secret-sd-director", "zq-secret-ndmp",
                        "zq-secret-bconsole", "zq-secret-bconsole-console")},
                new Object[] {"samples/single-host", List.of("s3cret-client", "s3cret-storage",
                        "s3cret-director-console", "s3cret-operator")});
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void standardOutputHasNoSecret(String input, List<String> secrets) throws Exception {
        CliRun run = CliRun.of("export", input);

        assertThat(run.code()).as(run.err()).isZero();
        assertNoSecret(run.out(), secrets);
        assertNoSecret(run.err(), secrets);
        assertEveryPasswordRedacted(JSON.readTree(run.out()));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void outputFileHasNoSecret(String input, List<String> secrets, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.json");
        CliRun run = CliRun.of("export", "-o", file.toString(), input);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertNoSecret(written, secrets);
        assertEveryPasswordRedacted(JSON.readTree(written));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void showSecretsShowsEachOneAsBareosKeepsIt(String input, List<String> secrets) throws Exception {
        // Proves the inputs really hold the secrets the other tests look for.
        String shown = CliRun.of("export", "--show-secrets", input).out();

        assertThat(JSON.readTree(shown).get("secrets").asText()).isEqualTo("shown");
        for (String secret : secrets) {
            assertThat(shown.contains(secret) || shown.contains(md5(secret))).as(secret).isTrue();
        }
    }

    @Test
    void documentSaysSecretsAreRedacted() throws Exception {
        assertThat(JSON.readTree(CliRun.of("export", "samples/single-host").out()).get("secrets").asText())
                .isEqualTo("redacted");
    }

    private static void assertNoSecret(String text, List<String> secrets) throws Exception {
        assertThat(text).doesNotContain("zq-secret", "s3cret");
        for (String secret : secrets) {
            assertThat(text).doesNotContain(secret, md5(secret));
        }
    }

    private static void assertEveryPasswordRedacted(JsonNode doc) {
        List<JsonNode> passwords = new ArrayList<>();
        collectPasswords(doc, passwords);
        assertThat(passwords).isNotEmpty().allSatisfy(v -> assertThat(v.textValue()).isEqualTo("<redacted>"));
    }

    private static void collectPasswords(JsonNode node, List<JsonNode> into) {
        if (node.has("datatype") && PASSWORD_TYPES.contains(node.get("datatype").asText()) && node.has("value")) {
            into.add(node.get("value"));
        }
        node.forEach(child -> collectPasswords(child, into));
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
