package dev.bconf.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.bconf.lint.Rule;
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

/**
 * The rule catalogue is complete and every rule in it has its page under docs/rules
 * (RULES.md, STYLE.md idiom 6). That every rule has fixtures is RuleFixturesTest's business.
 */
class RuleDocsTest {

    @Test
    void idsAndNamesAreUnique() {
        assertThat(RuleCatalog.all()).extracting(RuleInfo::id).doesNotHaveDuplicates();
        assertThat(RuleCatalog.all()).extracting(RuleInfo::name).doesNotHaveDuplicates();
    }

    @Test
    void catalogueHoldsExactlyTheReadingRulesAndTheRuleClasses() throws ReflectiveOperationException {
        List<RuleInfo> declared = new ArrayList<>();
        for (Field f : ReadingRules.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == RuleInfo.class) {
                declared.add((RuleInfo) f.get(null));
            }
        }
        assertThat(ReadingRules.ALL).isNotEmpty().containsExactlyInAnyOrderElementsOf(declared);
        List<JavaClass> ruleClasses = ruleClasses();
        // Without the rule classes the comparison below would hold for the reading rules alone.
        assertThat(ruleClasses).extracting(JavaClass::getSimpleName).contains("UnknownDirective");
        for (JavaClass c : ruleClasses) {
            declared.add((RuleInfo) c.reflect().getField("INFO").get(null));
        }

        assertThat(RuleCatalog.all()).containsExactlyInAnyOrderElementsOf(declared);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasADocPage() {
        return RuleCatalog.all().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
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
            assertThat(RuleCatalog.documentation(rule)).as("the page shipped for `bconf rules`").contains(text);
        }));
    }

    /** The concrete classes implementing {@link Rule} in the main code, each of which declares its INFO. */
    private static List<JavaClass> ruleClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.bconf").stream()
                .filter(c -> c.isAssignableTo(Rule.class) && !c.isInterface()
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .toList();
    }
}
