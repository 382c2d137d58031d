package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schedule Run lines (dialect.md §5.4): accepted and refused forms. */
class ScheduleRunValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Full 1st sat at 21:00                       | run level=Full; 1st sat at 21:00
            Level=Full Pool=Full mon-fri at 21:10       | run level=Full pool=Full; mon-fri at 21:10
            Incremental mon-sat at 23:05                | run level=Incremental; mon-sat at 23:05
            Level=Differential 2nd-5th sun at 21:00     | run level=Differential; 2nd-5th sun at 21:00
            Full jan-mar 1 at 00:00                     | run level=Full; jan-mar 1 at 00:00
            Full on 1-15 at 02:00                       | run level=Full; on 1-15 at 02:00
            Full daily at 01:00                         | run level=Full; daily at 01:00
            hourly at 0:15                              | run ; hourly at 0:15
            Full weekly                                 | run level=Full; weekly
            Full last sun at 23:00                      | run level=Full; last sun at 23:00
            Full Sunday, Wednesday at 23:00             | run level=Full; Sunday Wednesday at 23:00
            w00/w02 mon at 10:00                        | run ; w00/w02 mon at 10:00
            w01-w10 mon at 10:00                        | run ; w01-w10 mon at 10:00
            01/02 at 12:00                              | run ; 01/02 at 12:00
            Full sun at 12:00am                         | run level=Full; sun at 12:00am
            Full sun at 1:30PM                          | run level=Full; sun at 1:30PM
            Priority=5 SpoolData=yes Accurate=no Full sun | run priority=5 spooldata=yes accurate=no level=Full; sun
            Storage=File Messages=Standard NextPool=Copy FullPool=F IncrementalPool=I DifferentialPool=D Full sun | run storage=File messages=Standard nextpool=Copy fullpool=F incrementalpool=I differentialpool=D level=Full; sun
            MaxRunSchedTime="1 hour" Full sun           | run maxrunschedtime=1 hour level=Full; sun
            MaxRunSchedTime=1h Full sun                 | run maxrunschedtime=1h level=Full; sun
            15 at 12:00                                 | reject: expected a name, got BCT_NUMBER: 15
            on 15 at 12:00                              | run ; on 15 at 12:00
            Full sun 12:00                              | reject: Time must be preceded by keyword AT.
            Full sun at 24:00                           | reject: Bad time specification.
            Full sun at 1:5                             | reject: Bad time specification.
            Full sun at 1:60                            | reject: Bad time specification.
            Full sun at 12pm                            | reject: Job type field: 12pm in run record not found
            on 32 at 1:00                               | reject: Day number out of range (1-31)
            Full 15 at 12:00                            | reject: expected a name, got BCT_NUMBER: 15
            Full w54                                    | reject: Week number out of range (0-53)
            Full mon-jan                                | reject: Invalid month, weekday or position range
            Full mon-mon                                | reject: Invalid month, weekday or position range
            Full foo-bar                                | reject: Invalid month, week or position day range
            Full daily-weekly                           | reject: Invalid month, week or position day range
            Full 1-32                                   | reject: Bad day range specification.
            Full w01-w60                                | reject: Week number out of range (0-53)
            Full 5/3                                    | reject: Bad day specification, offset must always be <= than modulo.
            Full 01/40                                  | reject: Bad day specification in modulo.
            Full w10/w02                                | reject: Bad week number specification in modulo, offset must always be <= than modulo.
            Full a/b                                    | reject: Bad modulo time specification. Format for weekdays is '01/02', for yearweeks is 'w01/w02'.
            Level=Fulll sun                             | reject: Job level field: Fulll not found in run record
            Pool Full sun                               | reject: Expected an equals, got: Full
            SpoolData=maybe Full                        | reject: Expect a YES or NO, got: maybe
            Priority=-1 Full                            | reject: expected a positive integer number, got: -1
            MaxRunSchedTime=1secs Full                  | reject: expected a time period, got: 1secs
            Full "sun"                                  | reject: Unexpected token: 106:sun
            Full sun at 01:00 bogus                     | reject: Job type field: bogus in run record not found
            Full                                        | reject: expected a name, got BCT_EOL: Full
            """)
    void runLines(String line, String expected) {
        assertThat(Values.outcome("SCHEDULE_RUN_COMMAND", "  Run = " + line)).isEqualTo(expected);
    }
}
