package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TIME, SIZE32/64, MAX_BLOCKSIZE and SPEED (dialect.md §5.2). */
class UnitValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            90                 | time 90
            1 s                | time 1
            1 sec              | time 1
            2 seconds          | time 2
            30 secs            | reject: expected a time period, got: 30secs
            1 n                | time 60
            1 mi               | time 60
            1 min              | time 60
            1 mins             | time 60
            1 minutes          | time 60
            1 m                | time 2592000 +TIME_UNIT_MONTHS
            1 mo               | time 2592000 +TIME_UNIT_MONTHS
            1 mon              | time 2592000 +TIME_UNIT_MONTHS
            1 M                | time 2592000 +TIME_UNIT_MONTHS
            1 month            | time 2592000
            2 months           | time 5184000
            1 h                | time 3600
            1 hours            | time 3600
            1 d                | time 86400
            2 weeks 3 days     | time 1468800
            1 q                | time 7862400
            1 y                | time 31536000
            1h30m              | time 77763600 +TIME_UNIT_MONTHS
            1h 30min           | time 5400
            1 day 2 hours      | time 93600
            1 hour30 min       | time 5400
            1.5 h              | time 5400
            1e2                | time 100
            0x10               | time 16
            -5                 | time -5
            10 xyz             | reject: expected a time period, got: 10xyz
            hour               | reject: expected a time period, got: hour
            "1 day"            | reject: expected a time period, got: 1 day
            60 "x"             | time 60 +TRAILING_TEXT_IGNORED
            5 "x" 5            | time 55 +TRAILING_TEXT_IGNORED
            5 = 6              | time 5 +TRAILING_TEXT_IGNORED
            60#c               | time 60
            """)
    void time(String value, String expected) {
        assertThat(Values.outcome("TIME", "  Heartbeat Interval = " + value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1\tday             | time 1 +TRAILING_TEXT_IGNORED
            5 }                | time 5 +CLOSING_BRACE_SWALLOWED
            5}                 | time 5
            5 ; }              | time 5
            5 day }            | time 432000
            """)
    void timeEndsAtTheFirstCharacterThatIsNotASpace(String value, String expected) {
        String config = "Test {\n  Name = x\n  Heartbeat Interval = " + value.replace("\\t", "\t") + "\n";
        Values.Found f = Values.lastDirective(value.contains("}") ? config : config + "}\n",
                java.util.Optional.of("HeartbeatInterval"));
        assertThat(Values.outcome(ValueParser.parse("TIME", f.directive(), f.context()))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SIZE64 | 100        | size 100
            SIZE64 | 1k         | size 1024
            SIZE64 | 1 kb       | size 1000
            SIZE64 | 1m         | size 1048576
            SIZE64 | 1 mb       | size 1000000
            SIZE64 | 1g         | size 1073741824
            SIZE64 | 1 gb       | size 1000000000
            SIZE64 | 1t         | size 1099511627776
            SIZE64 | 1 tb       | size 1000000000000
            SIZE64 | 1p         | size 1125899906842624
            SIZE64 | 1 pb       | size 1000000000000000
            SIZE64 | 1 e        | size 1152921504606846976
            SIZE64 | 1 eb       | size 1000000000000000000
            SIZE64 | 1.5k       | size 1536
            SIZE64 | 1 g 512 m  | size 1610612736
            SIZE64 | 10 GB      | size 10000000000
            SIZE64 | 100 b      | reject: expected a size number, got: b
            SIZE64 | 4 KiB      | reject: expected a size number, got: KiB
            SIZE64 | 1 bytes    | reject: expected a size number, got: bytes
            SIZE64 | "10G"      | reject: expected a size, got: 10G
            SIZE32 | 5g         | size 1073741824
            SIZE32 | 4g         | size 0
            SIZE32 | 64k        | size 65536
            MAX_BLOCKSIZE | 20000000 | size 20000000
            MAX_BLOCKSIZE | 19m      | size 19922944
            MAX_BLOCKSIZE | 20000001 | reject: Maximum Block Size configured value 20000001 is greater than allowed maximum: 20000000
            MAX_BLOCKSIZE | 20m      | reject: Maximum Block Size configured value 20971520 is greater than allowed maximum: 20000000
            SPEED  | 100        | speed 100
            SPEED  | 1 k/s      | speed 1024
            SPEED  | 1 kb/s     | speed 1000
            SPEED  | 1 m/s      | speed 1048576
            SPEED  | 1 mb/s     | speed 1000000
            SPEED  | 5k         | speed 5120
            SPEED  | 100 mb     | speed 100000000
            SPEED  | 1 g/s      | reject: expected a speed number, got: g/s
            SPEED  | "1 k/s"    | reject: expected a speed, got: 1 k/s
            """)
    void sizesAndSpeeds(String datatype, String value, String expected) {
        assertThat(Values.outcome(datatype, "  Maximum Volume Bytes = " + value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TIME", "SIZE64", "SIZE32", "SPEED", "MAX_BLOCKSIZE"})
    void theValueMayStandOnTheNextLine(String datatype) {
        assertThat(Values.parse(datatype, "  Value =\n    64").rejected()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void monthsWarningSaysWhatBareosReads() {
        ValueProblem p = Values.parse("TIME", "  Heartbeat Interval = 1h 30m").problems().get(0);
        assertThat(p.ruleId()).isEqualTo("BC113");
        assertThat(p.message()).contains("months").contains("77763600").contains("min");
    }
}
