package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bareos's lexer over a value: identifier collapse, numbers, plain words, lexer modes (dialect.md §1.6-1.10). */
class BareosWordsTest {

    private static List<BareosToken> tokens(String line, LexMode mode) {
        Values.Found f = Values.lastDirective("Test {\n  Name = x\n" + line + "\n}\n", Optional.of("X"));
        return BareosWords.of(f.directive(), mode, f.context());
    }

    private static String kinds(String line, LexMode mode) {
        return tokens(line, mode).stream().map(t -> t.kind() + ":" + t.text()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            X = Main Backup Director         | IDENTIFIER:MainBackupDirector
            X = Main\tBackup                 | IDENTIFIER:MainBackup
            X = Backup of host1 daily        | UNQUOTED_STRING:Backupofhost1 IDENTIFIER:daily
            X = host 5                       | UNQUOTED_STRING:host5
            X = root@localhost               | UNQUOTED_STRING:root@localhost
            X = abc=def                      | IDENTIFIER:abc EQUALS:= IDENTIFIER:def
            X = all , !skipped               | IDENTIFIER:all COMMA:, UNQUOTED_STRING:!skipped
            X = 5 }                          | NUMBER:5
            X = 5}                           | UNQUOTED_STRING:5
            X = 5#c                          | UNQUOTED_STRING:5
            X = 5 #c                         | NUMBER:5
            X = 5,6                          | NUMBER:5 COMMA:, NUMBER:6
            X = 5; Y = 6                     | NUMBER:5
            X = 5=6                          | UNQUOTED_STRING:5 EQUALS:= NUMBER:6
            X = 5"a"                         | UNQUOTED_STRING:5 QUOTED_STRING:a
            X = 10.0.0.1                     | UNQUOTED_STRING:10.0.0.1
            X = -5                           | UNQUOTED_STRING:-5
            X = 60m                          | UNQUOTED_STRING:60m
            X = "a b" c                      | QUOTED_STRING:a b IDENTIFIER:c
            X = caf\u00e9                    | UNQUOTED_STRING:caf\u00e9
            """)
    void defaultModeFollowsBareosLexer(String line, String expected) {
        assertThat(kinds(line.replace("\\t", "\t"), LexMode.DEFAULT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            X = python3 ldap       | FORCE_STRING | UNQUOTED_STRING:python3 UNQUOTED_STRING:ldap
            X = 123                | FORCE_STRING | UNQUOTED_STRING:123
            X = a b, "c d"         | FORCE_STRING | UNQUOTED_STRING:a UNQUOTED_STRING:b COMMA:, QUOTED_STRING:c d
            X = Full 1st sat at 21:00 | NO_IDENT  | UNQUOTED_STRING:Full UNQUOTED_STRING:1st UNQUOTED_STRING:sat UNQUOTED_STRING:at UNQUOTED_STRING:21:00
            X = 15 at 12:00        | NO_IDENT     | NUMBER:15 UNQUOTED_STRING:at UNQUOTED_STRING:12:00
            X = Level=Full         | NO_IDENT     | UNQUOTED_STRING:Level EQUALS:= UNQUOTED_STRING:Full
            """)
    void optionModesSplitWordsAtBlanks(String line, LexMode mode, String expected) {
        assertThat(kinds(line, mode)).isEqualTo(expected);
    }

    @Test
    void countsTheWordsAnIdentifierJoined() {
        assertThat(tokens("X = Main Backup Director", LexMode.DEFAULT)).singleElement()
                .extracting(BareosToken::joinedWords).isEqualTo(3);
    }

    @Test
    void identifiersStandOnTheCharacterAfterTheirBlanks() {
        assertThat(tokens("X = all , !skipped", LexMode.DEFAULT).get(0).following()).isEqualTo(',');
        assertThat(tokens("X = !skipped , all", LexMode.DEFAULT).get(0).following()).isEqualTo(' ');
    }

    @Test
    void aValueOnTheNextLineStartsWithTheLineEnd() {
        assertThat(kinds("X =\n  60", LexMode.DEFAULT)).isEqualTo("EOL:= NUMBER:60");
    }

    @Test
    void blocksAreReadTokenByToken() {
        assertThat(kinds("X = { ip = { addr = 1.2.3.4 } }", LexMode.DEFAULT)).isEqualTo(
                "BLOCK_BEGIN:{ IDENTIFIER:ip EQUALS:= BLOCK_BEGIN:{ IDENTIFIER:addr EQUALS:= UNQUOTED_STRING:1.2.3.4 "
                        + "BLOCK_END:} BLOCK_END:}");
    }

    @Test
    void withoutContextABraceAfterTheValueIsTakenToFollowABlank() {
        Values.Found f = Values.lastDirective("Test {\n  X = 5}\n", Optional.of("X"));
        assertThat(BareosWords.of(f.directive(), LexMode.DEFAULT)).extracting(BareosToken::kind)
                .containsExactly(BareosToken.Kind.NUMBER);
        assertThat(BareosWords.of(f.directive(), LexMode.DEFAULT, f.context())).extracting(BareosToken::kind)
                .containsExactly(BareosToken.Kind.UNQUOTED_STRING);
    }

    @Test
    void tokenKindsCarryBareosNumbersAndNames() {
        assertThat(BareosToken.Kind.BLOCK_END.code()).isEqualTo(109);
        assertThat(BareosToken.Kind.BLOCK_END.bareosName()).isEqualTo("BCT_EOB");
        assertThat(BareosToken.Kind.UNQUOTED_STRING.bareosName()).isEqualTo("BCT_UNQUOTED_STRING");
    }
}
