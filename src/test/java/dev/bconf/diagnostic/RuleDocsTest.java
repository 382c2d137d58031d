package dev.bconf.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.lint.RuleCatalog;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The rule registry is complete and every rule has its page under docs/rules (RULES.md). */
class RuleDocsTest {

    @Test
    void everyRuleConstantIsRegistered() throws IllegalAccessException {
        List<RuleInfo> constants = new ArrayList<>();
        for (Field f : ReadingRules.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == RuleInfo.class) {
                constants.add((RuleInfo) f.get(null));
            }
        }
        assertThat(constants).isNotEmpty();
        assertThat(ReadingRules.ALL).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void idsAndNamesAreUnique() {
        assertThat(ReadingRules.ALL).extracting(RuleInfo::id).doesNotHaveDuplicates();
        assertThat(ReadingRules.ALL).extracting(RuleInfo::name).doesNotHaveDuplicates();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasADocPage() {
        return documented().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            // docPath is relative to the project, which is the working directory of the tests.
            Path page = Path.of(rule.docPath());
            assertThat(page).isRegularFile();
            String text = Files.readString(page, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            assertThat(lines.get(0)).isEqualTo("# " + rule.id() + " " + rule.name());
            assertThat(lines).contains("Severity: " + rule.defaultSeverity().label());
            assertThat(lines).containsSubsequence(
                    Arrays.asList("## What it catches", "## Why it matters", "## How to fix", "## Example"));
            assertThat(text).as("an example of bconf's output").contains("[" + rule.id() + " " + rule.name() + "]");
        }));
    }

    /** The rules whose pages are written so far: reading (BC0xx) and network setup (BC2xx). */
    private static Stream<RuleInfo> documented() {
        return Stream.concat(ReadingRules.ALL.stream(),
                RuleCatalog.all().stream().filter(r -> r.id().startsWith("BC2")));
    }
}
