package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MD5PASSWORD, CLEARPASSWORD and AUTOPASSWORD (dialect.md §5.1), and that no secret ever shows. */
class PasswordValuesTest {

    private static final UnaryOperator<ValueContext> REQUIRED = c -> c.withRequired(true).withResourceName("dir");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "secret"                                      | password md5 5ebe2294ecd0e0f08eab7690d2a6ee69
            secret                                        | password md5 5ebe2294ecd0e0f08eab7690d2a6ee69
            "[md5]5EBE2294ECD0E0F08EAB7690D2A6EE69"       | password md5 5EBE2294ECD0E0F08EAB7690D2A6EE69
            "[MD5]5ebe2294ecd0e0f08eab7690d2a6ee69"       | password md5 ccac7f5522eed5bf4dcca3ea51e0aa9d
            "[md5]D41D8CD98F00B204E9800998ECF8427E"       | password md5 D41D8CD98F00B204E9800998ECF8427E
            "[md5]d41d8cd98f00b204e9800998ecf8427e"       | reject: Empty Password not allowed in Resource "dir"
            "[md5]d41d8cd98f00b204e9800998ecf8427eXY"     | reject: Empty Password not allowed in Resource "dir"
            ""                                            | reject: Empty Password not allowed in Resource "dir"
            "[md5]abc"                                    | reject: md5 password does not have the right size; expected: 32, got: 3
            "[md5]5ebe2294ecd0e0f08eab7690d2a6ee69a"      | reject: md5 password does not have the right size; expected: 32, got: 33
            "[md5]5ebe2294ecd0e0f08eab7690d2a6eeXX"       | reject: md5 password contains non hexadecimal characters
            abc=def                                       | password md5 900150983cd24fb0d6963f7d28e17f72 +TRAILING_TEXT_IGNORED
            12345                                         | reject: expected a string, got BCT_NUMBER: <redacted>
            """)
    void requiredMd5Passwords(String value, String expected) {
        assertThat(Values.outcome(Values.parse("MD5PASSWORD", "  Password = " + value, REQUIRED)))
                .isEqualTo(expected);
    }

    @Test
    void optionalPasswordsMayBeEmpty() {
        assertThat(Values.outcome("MD5PASSWORD", "  Password = \"\""))
                .isEqualTo("password md5 d41d8cd98f00b204e9800998ecf8427e");
        assertThat(Values.outcome("MD5PASSWORD", "  Password = \"[md5]d41d8cd98f00b204e9800998ecf8427e\""))
                .isEqualTo("password md5 d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void clearPasswordsAreKeptAsWritten() {
        assertThat(Values.outcome("CLEARPASSWORD", "  Password = \"[md5]x\""))
                .isEqualTo("password clear [md5]x");
        assertThat(Values.outcome(Values.parse("CLEARPASSWORD", "  Password = \"\"", REQUIRED)))
                .isEqualTo("reject: Empty Password not allowed in Resource \"dir\" not allowed.");
    }

    @Test
    void autoPasswordsAreHashedUnlessTheResourceKeepsThemInClear() {
        assertThat(Values.outcome("AUTOPASSWORD", "  Password = secret"))
                .isEqualTo("password md5 5ebe2294ecd0e0f08eab7690d2a6ee69");
        assertThat(Values.outcome(Values.parse("AUTOPASSWORD", "  Password = secret",
                c -> c.withAutoPassword(Value.Password.Encoding.CLEAR)))).isEqualTo("password clear secret");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MD5PASSWORD   | hunter2 extra words
            MD5PASSWORD   | hunter 2fa
            MD5PASSWORD   | 2024
            MD5PASSWORD   | "[md5]hunter2"
            CLEARPASSWORD | hunter2, extra
            AUTOPASSWORD  | hunter2 = extra
            AUTOPASSWORD  | }
            """)
    void secretsNeverShow(String datatype, String value) {
        ValueResult result = Values.parse(datatype, "  Password = " + value, REQUIRED);
        assertThat(result.problems()).isNotEmpty();
        assertThat(result.toString()).doesNotContain("hunter", "extra", "2024", "2fa");
        result.problems().forEach(p -> assertThat(p.message() + p.bareosMessage().orElse(""))
                .doesNotContain("hunter", "extra", "2024", "2fa"));
    }

    @Test
    void commandsGiveNoText() {
        Value v = Values.parse("MD5PASSWORD", "  Password = @|\"cat /etc/secret\"").value().orElseThrow();
        assertThat(v).isInstanceOfSatisfying(Value.Opaque.class, o -> assertThat(o.text()).isEmpty());
    }
}
