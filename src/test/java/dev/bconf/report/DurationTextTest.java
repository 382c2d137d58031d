package dev.bconf.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Times in the words of Bareos's {@code show}: years of 365 days, months of 30. */
class DurationTextTest {

    @ParameterizedTest(name = "{0} s = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                    | 0 secs
            1                    | 1 sec
            59                   | 59 secs
            60                   | 1 min
            1800                 | 30 mins
            3600                 | 1 hour
            90061                | 1 day 1 hour 1 min 1 sec
            2592000              | 1 month
            7776000              | 3 months
            31536000             | 1 year
            31719600             | 1 year 2 days 3 hours
            160704000            | 5 years 1 month 5 days
            -5                   | -5 secs
            -9223372036854775808 | -292471208677 years 6 months 15 days 15 hours 30 mins 8 secs
            """)
    void readsLikeBareos(long seconds, String text) {
        assertThat(DurationText.of(seconds)).isEqualTo(text);
    }
}
