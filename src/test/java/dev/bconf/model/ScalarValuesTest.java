package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Integers, booleans, names, strings, directories and references (dialect.md §1.11, §5.1). */
class ScalarValuesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PINT32 | 10             | int 10
            PINT32 | "10"           | int 10
            PINT32 | 2.5            | int 2
            PINT32 | 2e3            | int 2
            PINT32 | 010            | int 10
            PINT32 | +5             | int 5
            PINT32 | -0             | int 0
            PINT32 | 99999999999    | int 1215752191
            PINT32 | 4294967295     | int 4294967295
            PINT32 | 4294967296     | int 0
            PINT32 | -1             | reject: expected a positive integer number, got: -1
            PINT32 | 0x10           | reject: expected a positive integer number, got: 0x10
            PINT32 | 5abc           | reject: expected a positive integer number, got: 5abc
            PINT32 | " 5"           | reject: expected a positive integer number, got:  5
            PINT32 | five           | reject: expected a positive integer number, got: five
            PINT32 | 9101 9102      | int 9101 +TRAILING_TEXT_IGNORED
            PINT16 | 70000          | int 4464
            PINT16 | 65535          | int 65535
            PINT16 | 65536          | int 0
            INT32  | 5              | int 5
            INT32  | 2147483648     | int -2147483648
            INT32  | "5"            | reject: expected an integer number, got BCT_QUOTED_STRING: 5
            INT32  | -5             | reject: expected an integer number, got BCT_UNQUOTED_STRING: -5
            INT32  | 1.5            | reject: expected an integer number, got BCT_UNQUOTED_STRING: 1.5
            INT16  | 40000          | int -25536
            INT64  | 9223372036854775807 | int 9223372036854775807
            """)
    void integers(String datatype, String value, String expected) {
        assertThat(Values.outcome(datatype, "  Number = " + value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BOOLEAN | yes    | bool yes
            BOOLEAN | No     | bool no
            BOOLEAN | "yes"  | bool yes
            BOOLEAN | TRUE   | bool yes +DEPRECATED_SPELLING
            BOOLEAN | false  | bool no +DEPRECATED_SPELLING
            BOOLEAN | "1"    | bool yes +DEPRECATED_SPELLING
            BOOLEAN | "0"    | bool no +DEPRECATED_SPELLING
            BOOLEAN | 1      | reject: expected a name, got BCT_NUMBER: 1
            BOOLEAN | on     | reject: Expect YES or NO, got: on
            BOOLEAN | off    | reject: Expect YES or NO, got: off
            BOOLEAN | y es   | bool yes +UNQUOTED_WORDS_JOINED
            BIT     | no     | bool no
            BIT     | on     | reject: Expect YES or NO, got: on
            RUNSCRIPT_BOOLEAN | yes | bool yes
            """)
    void booleans(String datatype, String value, String expected) {
        assertThat(Values.outcome(datatype, "  Flag = " + value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bareos-fd              | name bareos-fd
            "my client"            | name my client
            foo bar                | name foobar +UNQUOTED_WORDS_JOINED
            1abc                   | name 1abc
            "123"                  | name 123
            123                    | reject: expected a name, got BCT_NUMBER: 123
            a:b.c-d_e/f            | name a:b.c-d_e/f
            "a$b"                  | reject: Illegal character "$" in name.
            "a\tb"                 | reject: Illegal character "\\x09" in name.
            ""                     | reject: Name must be at least one character long.
            " lead"                | reject: Name cannot start with space.
            "trail "               | reject: Name cannot end with space.
            bareos-fd }            | name bareos-fd
            """)
    void names(String value, String expected) {
        String config = "Test {\n  Name = " + value.replace("\\t", "\t") + "\n";
        Values.Found f = Values.lastDirective(value.endsWith("}") ? config : config + "}\n",
                java.util.Optional.of("Name"));
        assertThat(Values.outcome(ValueParser.parse("NAME", f.directive(), f.context()))).isEqualTo(expected);
    }

    @Test
    void namesAreLimitedTo127Bytes() {
        assertThat(Values.outcome("NAME", "  Name = " + "é".repeat(63))).isEqualTo(
                "reject: Illegal character \"\\xC3\" in name.");
        assertThat(Values.outcome("STRNAME", "  Label Format = " + "é".repeat(64))).startsWith(
                "reject: name ").endsWith(" length 128 too long, max is 127");
        assertThat(Values.outcome("STRNAME", "  Label Format = " + "é".repeat(63) + "a")).startsWith("text ");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            STRING    | Main Backup Director | text MainBackupDirector +UNQUOTED_WORDS_JOINED
            STRING    | "Main Backup"        | text Main Backup
            STRING    | a, b                 | text a +TRAILING_TEXT_IGNORED
            STRING    | 123                  | reject: expected a string, got BCT_NUMBER: 123
            STRING    | "123"                | text 123
            STRNAME   | "a$b"                | text a$b
            DIRECTORY | /var/lib/bareos      | dir /var/lib/bareos
            DIRECTORY_OR_COMMAND | '"|/usr/bin/cmd %j"' | 'dir |/usr/bin/cmd %j'
            RES       | "a$b"                | ref a$b
            RES       | 5                    | reject: expected a name, got BCT_NUMBER: 5
            DEFS      | DefaultJob           | ref DefaultJob
            DEVICE    | D1, D2               | device D1 +TRAILING_TEXT_IGNORED
            RUNSCRIPT_SHORT   | "/bin/echo one" | text /bin/echo one
            RUNSCRIPT_COMMAND | "/bin/true"     | text /bin/true
            RUNSCRIPT_TARGET  | yes             | text %c
            RUNSCRIPT_TARGET  | No              | text
            RUNSCRIPT_TARGET  | %c              | text %c
            RUNSCRIPT_TARGET  | client-fd       | text client-fd
            EXCLUDE_DIRECTORY | .nobackup       | text .nobackup
            """)
    void wordsAndReferences(String datatype, String value, String expected) {
        assertThat(Values.outcome(datatype, "  Value = " + value).strip()).isEqualTo(expected);
    }

    @Test
    void directoriesTellCommandsApart() {
        Value dir = Values.parse("DIRECTORY_OR_COMMAND", "  Write Bootstrap = \"|/usr/bin/bsmtp\"").value()
                .orElseThrow();
        assertThat(dir).isInstanceOfSatisfying(Value.Directory.class, d -> assertThat(d.isCommand()).isTrue());
    }

    @Test
    void labelFormatVariablesAreDeprecated() {
        assertThat(Values.outcome("STRNAME", "  Label Format = \"Full-${Year}\""))
                .isEqualTo("text Full-${Year} +DEPRECATED_SPELLING");
        assertThat(Values.outcome("STRNAME", "  Media Type = \"File[1]\"")).isEqualTo("text File[1]");
    }

    @Test
    void joinedWordsAreNamedInTheMessage() {
        ValueProblem p = Values.parse("STRING", "  Description = Main Backup").problems().get(0);
        assertThat(p.ruleId()).isEqualTo("BC112");
        assertThat(p.message()).contains("`Main Backup`").contains("`MainBackup`").contains("\"Main Backup\"");
    }
}
