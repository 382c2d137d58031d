package dev.bconf.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BareosVersionTest {

    @ParameterizedTest
    @CsvSource({
        "22, 22, 0, 0",
        "22.1, 22, 1, 0",
        "22.1.8, 22, 1, 8",
        "26.0.0-pre, 26, 0, 0",
        "' 17.2.7 ', 17, 2, 7"
    })
    void parsesShortAndLongForms(String text, int major, int minor, int patch) {
        assertThat(BareosVersion.parse(text)).isEqualTo(new BareosVersion(major, minor, patch));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v22", "22.", "22.1.8.3", "22-", "twenty", "-1"})
    void rejectsWhatIsNotAVersion(String text) {
        assertThatThrownBy(() -> BareosVersion.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @Test
    void ordersByNumbersNotText() {
        List<BareosVersion> sorted = List.of("22.1.10", "9.4", "22.1.8", "22", "18.2.12").stream()
                .map(BareosVersion::parse).sorted().toList();

        assertThat(sorted).extracting(BareosVersion::toString)
                .containsExactly("9.4.0", "18.2.12", "22.0.0", "22.1.8", "22.1.10");
        assertThat(BareosVersion.parse("22.1").isAtLeast(BareosVersion.parse("22.1.0"))).isTrue();
        assertThat(BareosVersion.parse("22.0.9").isAtLeast(BareosVersion.parse("22.1"))).isFalse();
    }

    @Test
    void newestIsTheNewestCataloguedVersion() {
        assertThat(BareosVersion.newest()).isEqualTo(new BareosVersion(26, 0, 0));
        assertThat(Catalogue.versions()).last().isEqualTo(BareosVersion.newest());
        assertThat(Catalogue.versions()).first().isEqualTo(new BareosVersion(18, 2, 12));
        assertThat(Catalogue.versions()).isSorted();
    }
}
