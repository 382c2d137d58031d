package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bconf.diagnostic.SourceSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value records and results as data: immutable, secrets hidden, refusals explained. */
class ValueTypesTest {

    @Test
    void toStringHidesThePassword() {
        Value.Password p = new Value.Password(Value.Password.Encoding.CLEAR, "hunter2");
        assertThat(p.toString()).doesNotContain("hunter2").contains("redacted");
        assertThat(p.stored()).isEqualTo("hunter2");
    }

    @Test
    void aRefusedValueNeedsAnError() {
        SourceSpan span = SourceSpan.at(Path.of("x"), 1, 1);
        ValueProblem warning = new ValueProblem(ValueProblem.Kind.TRAILING_TEXT_IGNORED, "m", Optional.empty(), span);
        assertThatThrownBy(() -> new ValueResult(Optional.empty(), List.of(warning), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesCopyTheirLists() {
        List<String> names = new ArrayList<>(List.of("a"));
        Value.ResourceList list = new Value.ResourceList(names);
        names.add("b");
        assertThat(list.names()).containsExactly("a");
        assertThatThrownBy(() -> list.names().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void problemsMapToRules() {
        assertThat(ValueProblem.Kind.INVALID_VALUE.ruleId()).isEqualTo("BC103");
        assertThat(ValueProblem.Kind.CLOSING_BRACE_SWALLOWED.ruleId()).isEqualTo("BC103");
        assertThat(ValueProblem.Kind.TRAILING_TEXT_IGNORED.ruleId()).isEqualTo("BC111");
        assertThat(ValueProblem.Kind.TRAILING_TEXT_READ_AS_DIRECTIVE.ruleId()).isEqualTo("BC111");
        assertThat(ValueProblem.Kind.UNQUOTED_WORDS_JOINED.ruleId()).isEqualTo("BC112");
        assertThat(ValueProblem.Kind.TIME_UNIT_MONTHS.ruleId()).isEqualTo("BC113");
    }
}
