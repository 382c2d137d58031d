package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comma lists: resources, strings, directories, ACLs, plugin names (dialect.md §1.12, §5.1). */
class ListValuesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RESOURCE_LIST | a, b, c        | 'refs a|b|c'
            RESOURCE_LIST | File File2     | refs FileFile2 +UNQUOTED_WORDS_JOINED
            RESOURCE_LIST | a "x"          | refs a +TRAILING_TEXT_IGNORED
            RESOURCE_LIST | a = b          | refs a +TRAILING_TEXT_IGNORED+TRAILING_TEXT_READ_AS_DIRECTIVE
            RESOURCE_LIST | a,             | reject: expected a name, got BCT_EOL: ,
            RESOURCE_LIST | a, 5           | reject: expected a name, got BCT_NUMBER: 5
            STRING_LIST   | "a b", c       | 'strings a b|c'
            STRING_LIST   | x              | strings x
            AUDIT_COMMAND_LIST | list, status | 'strings list|status'
            ACL           | *all*, !admin.*  | 'acl *all*|!admin.*'
            ACL           | "a b"          | reject: Cannot store Acl: Illegal character " " in acl.
            ACL           | a^b            | reject: Cannot store Acl: Illegal character "^" in acl.
            ACL           | ""             | reject: Cannot store Acl: Acl must be at least one character long.
            DIRECTORY_LIST | /a, /b        | strings /a +TRAILING_TEXT_IGNORED
            PLUGIN_NAMES  | python3 ldap   | 'plugins python3|ldap'
            PLUGIN_NAMES  | python3-fd     | plugins python3-fd
            PLUGIN_NAMES  | "a b", c:d     | 'plugins a b|c|d'
            PLUGIN_NAMES  | 123            | plugins 123
            PLUGIN_NAMES  | a = b          | plugins a +TRAILING_TEXT_READ_AS_DIRECTIVE
            """)
    void lists(String datatype, String value, String expected) {
        assertThat(Values.outcome(datatype, "  Items = " + value)).isEqualTo(expected);
    }

    @Test
    void aclEntriesAreLimitedTo127Characters() {
        assertThat(Values.outcome("ACL", "  Job Acl = " + "a".repeat(127))).isEqualTo("acl " + "a".repeat(127));
        assertThat(Values.outcome("ACL", "  Job Acl = " + "a".repeat(128)))
                .isEqualTo("reject: Cannot store Acl: Acl too long.");
    }

    @Test
    void onlyBackendDirectoryIsARealDirectoryList() {
        assertThat(Values.outcome("DIRECTORY_LIST", "  Backend Directory = /a, /b")).isEqualTo("strings /a|/b");
    }

    @Test
    void anEmptyPluginListIsAccepted() {
        assertThat(Values.outcome("PLUGIN_NAMES", "  Plugin Names =")).isEqualTo("plugins ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RESOURCE_LIST | Storage = File, File2 }
            STRING_LIST   | Allowed Job Command = a }
            ACL           | Job Acl = *all* }
            PLUGIN_NAMES  | Plugin Names = python3 }
            """)
    void listsSwallowABraceOnTheirLine(String datatype, String line) {
        Values.Found f = Values.lastDirective("Test {\n  Name = x\n  " + line + "\n", Optional.empty());
        ValueResult r = ValueParser.parse(datatype, f.directive(), f.context());
        assertThat(r.rejected()).isTrue();
        assertThat(r.firstError()).map(ValueProblem::kind).contains(ValueProblem.Kind.CLOSING_BRACE_SWALLOWED);
        assertThat(r.firstError()).map(ValueProblem::message).hasValueSatisfying(m -> assertThat(m)
                .contains("swallows this `}`"));
    }
}
