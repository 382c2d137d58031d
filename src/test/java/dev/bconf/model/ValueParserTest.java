package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The entry point: datatype names, what may stand on the next line, opaque values, result invariants. */
class ValueParserTest {

    /** Every datatype a directive of Bareos 26's catalogue uses, and the block sub-datatypes. */
    @ParameterizedTest
    @ValueSource(strings = {"ACL", "ACTION_ON_PURGE", "ADDRESS", "ADDRESSES", "AUDIT_COMMAND_LIST",
        "AUTH_PROTOCOL_TYPE", "AUTH_TYPE", "AUTOPASSWORD", "BACKUP_LEVEL", "BIT", "BOOLEAN", "COMPRESSION_ALGORITHM",
        "DEVICE", "DIRECTORY", "DIRECTORY_LIST", "DIRECTORY_OR_COMMAND", "ENCRYPTION_CIPHER", "INCLUDE_EXCLUDE_ITEM",
        "INT32", "IO_DIRECTION", "JOB_TYPE", "LABEL", "MAX_BLOCKSIZE", "MD5PASSWORD", "MESSAGES", "MIGRATION_TYPE",
        "NAME", "PINT16", "PINT32", "PLUGIN_NAMES", "POOLTYPE", "PORT", "PROTOCOL_TYPE", "REPLACE_OPTION", "RES",
        "RESOURCE_LIST", "RUNSCRIPT", "RUNSCRIPT_SHORT", "SCHEDULE_RUN_COMMAND", "SIZE32", "SIZE64", "SPEED",
        "STRING", "STRING_LIST", "STRNAME", "TIME", "CLEARPASSWORD", "DEFS", "INT16", "INT64", "OPTIONS",
        "OPTION", "REGEX", "WILDCARD", "FILENAME", "PLUGIN_NAME", "EXCLUDE_DIRECTORY", "PLUGIN", "FILESYSTEM_TYPE",
        "DRIVE_TYPE", "META_TAG", "RUNSCRIPT_COMMAND", "RUNSCRIPT_TARGET", "RUNSCRIPT_BOOLEAN", "RUNSCRIPT_WHEN"})
    void knowsEveryCatalogueDatatype(String name) {
        assertThat(Datatype.fromName(name)).map(Datatype::name).contains(name);
    }

    @Test
    void unknownDatatypesGiveOpaqueValues() {
        ValueResult r = Values.parse("BASEJOB", "  Base = x y");
        assertThat(r.rejected()).isFalse();
        assertThat(r.value()).containsInstanceOf(Value.Opaque.class);
        assertThat(((Value.Opaque) r.value().orElseThrow()).text()).isEqualTo("x y");
    }

    @Test
    void valuesFromCommandsAreOpaque() {
        ValueResult r = Values.parse("NAME", "  Name = @|\"hostname -s\"");
        assertThat(r.value()).containsInstanceOf(Value.Opaque.class);
        assertThat(r.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Options   | Compression          | OPTION
            Options   | one fs               | OPTION
            Options   | RegexDir             | REGEX
            Options   | WildFile             | WILDCARD
            Options   | FsType               | FILESYSTEM_TYPE
            Options   | Drive Type           | DRIVE_TYPE
            Options   | Meta                 | META_TAG
            Options   | Plugin               | PLUGIN
            Include   | File                 | FILENAME
            Exclude   | File                 | FILENAME
            Include   | Plugin               | PLUGIN_NAME
            Include   | ExcludeDirContaining | EXCLUDE_DIRECTORY
            Include   | Options              | OPTIONS
            Run Script | Command             | RUNSCRIPT_COMMAND
            RunScript | Console              | RUNSCRIPT_COMMAND
            RunScript | RunsOnClient         | RUNSCRIPT_TARGET
            RunScript | FailJobOnError       | RUNSCRIPT_BOOLEAN
            RunScript | RunsWhen             | RUNSCRIPT_WHEN
            """)
    void knowsTheDatatypesInsideBlocks(String block, String keyword, Datatype expected) {
        assertThat(Datatype.inBlock(block, keyword)).contains(expected);
    }

    @Test
    void blocksRefuseWhatBareosRefusesThere() {
        assertThat(Datatype.inBlock("Options", "Encryption")).isEmpty();
        assertThat(Datatype.inBlock("RunScript", "Bogus")).isEmpty();
        assertThat(Datatype.inBlock("Pool", "Name")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            TIME                 | 60                      | true
            SIZE64               | 1g                      | true
            SPEED                | 1k                      | true
            PORT                 | 9101                    | true
            ADDRESS              | 10.0.0.1                | true
            ADDRESSES            | { ip = { port = 1 } }   | true
            FILENAME             | /etc                    | true
            REGEX                | a                       | true
            WILDCARD             | a                       | true
            NAME                 | x                       | false
            STRING               | x                       | false
            STRNAME              | x                       | false
            BOOLEAN              | yes                     | false
            PINT32               | 5                       | false
            RES                  | x                       | false
            RESOURCE_LIST        | x                       | false
            STRING_LIST          | x                       | false
            ACL                  | x                       | false
            MD5PASSWORD          | x                       | false
            JOB_TYPE             | Backup                  | false
            MESSAGES             | all                     | false
            SCHEDULE_RUN_COMMAND | Full                    | false
            OPTION               | yes                     | false
            PLUGIN_NAMES         | python3                 | false
            """)
    void onlySomeValuesMayStandOnTheLineAfterTheEqualsSign(String datatype, String value, boolean accepted) {
        ValueResult r = Values.parse(datatype, "  OneFS =\n    " + value);
        assertThat(r.rejected()).isEqualTo(!accepted);
        if (!accepted) {
            assertThat(r.problems()).first().extracting(ValueProblem::ruleId).isEqualTo("BC103");
        }
    }

    @Test
    void saysWhyAValueOnTheNextLineIsRefused() {
        ValueProblem p = Values.parse("NAME", "  Name =\n    client").firstError().orElseThrow();
        assertThat(p.message()).contains("on the line after").contains("Put the value on that line");
        assertThat(p.bareosMessage()).contains("expected a name, got BCT_EOL: =");
    }

    @Test
    void anEmptyValueIsRefused() {
        ValueProblem p = Values.parse("STRING", "  Description =").firstError().orElseThrow();
        assertThat(p.message()).contains("has no value");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThat(Values.outcome("STRING", "  Description = \"unclosed")).startsWith(
                "reject: expected a string, got BCT_ERROR: unclosed");
    }

    @Test
    void blocksWrittenWithAnEqualsSignAreRefused() {
        assertThat(Values.outcome("RUNSCRIPT", "  RunScript = {\n    Command = x\n  }"))
                .isEqualTo("reject: Expecting open brace. Got =");
        assertThat(Values.outcome("INCLUDE_EXCLUDE_ITEM", "  Include = {\n    File = /\n  }"))
                .isEqualTo("reject: Old style Include/Exclude not supported");
    }

    @Test
    void problemsPointAtTheirText() {
        ValueProblem p = Values.parse("STRING", "  Description = Backup of host1 daily").problems().get(1);
        assertThat(p.span().line()).isEqualTo(3);
        assertThat(p.span().column()).isEqualTo(33);
        assertThat(p.span().endColumn()).isEqualTo(37);
    }
}
