package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages destinations (dialect.md §5.1 MESSAGES). */
class MessagesValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Console = all, !skipped, !saved              | messages = all,!skipped,!saved
            Stdout = ALL                                 | messages = all
            Catalog = all , !skipped                     | messages = all,!skipped
            Console = all, !skipped , !restored          | messages = all,!skipped +TRAILING_TEXT_IGNORED
            Console = all !skipped                       | reject: message type: all!skipped not found +UNQUOTED_WORDS_JOINED
            Console = bogus                              | reject: message type: bogus not found
            Console = 1                                  | reject: expected a name, got BCT_NUMBER: 1
            Mail = root@localhost = all, !skipped        | messages root@localhost = all,!skipped
            Mail = a@b, c@d = error                      | 'messages a@b|c@d = error'
            Mail On Error = a@b = all                    | messages a@b = all
            Operator = root = mount                      | messages root = mount
            Director = bareos-dir = all, !skipped        | messages bareos-dir = all,!skipped
            Mail = root@localhost all                    | reject: expected an =, got: all
            File = /var/log/bareos.log = all             | messages /var/log/bareos.log = all
            Append = "/var/log/my file" = all            | messages /var/log/my file = all
            Append = "/var/log/x" all                    | reject: expected an =, got: all
            Syslog = all, !skipped                       | messages = all,!skipped
            Syslog = daemon = all                        | messages daemon = all
            """)
    void destinations(String line, String expected) {
        assertThat(Values.outcome("MESSAGES", "  " + line).replace("  =", " =")).isEqualTo(expected);
    }

    @Test
    void theNegatedTypeQuirkIsExplained() {
        ValueProblem p = Values.parse("MESSAGES", "  Mail = root = all, !skipped , !restored").problems().get(0);
        assertThat(p.ruleId()).isEqualTo("BC111");
        assertThat(p.message()).contains("`!skipped`").contains("blank before the comma");
    }
}
