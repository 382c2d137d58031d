package dev.bconf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of ARCHITECTURE.md and STYLE.md: each library stays behind the one
 * package that may use it, and only the command line prints or exits.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.bconf");
        // Without the main classes every rule below would pass on nothing.
        assertThat(classes.contain("dev.bconf.cli.Main")).isTrue();
        assertThat(classes.contain("dev.bconf.syntax.internal.BareosParser")).isTrue();
    }

    @Test
    void antlrOnlyInSyntaxInternal() {
        onlyUsedIn("org.antlr..", "dev.bconf.syntax.internal..");
    }

    /**
     * Jackson writes the reports and loads the catalogue. The one other user is the reader of
     * the command line's project file (.bconf.yaml): those settings belong to the command line,
     * and the library takes them as LoadOptions and RulePolicy, so no Jackson type reaches the
     * library's API. Naming the class, not the cli package, keeps any further use a decision.
     */
    @Test
    void jacksonOnlyInReportSchemaAndTheProjectFileReader() {
        noClasses().that().resideOutsideOfPackages("dev.bconf.report..", "dev.bconf.schema..")
                .and().doNotHaveFullyQualifiedName("dev.bconf.cli.ProjectFile")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
                .check(classes);
    }

    @Test
    void picocliOnlyInCli() {
        onlyUsedIn("picocli..", "dev.bconf.cli..");
    }

    @Test
    void onlyTheCommandLinePrintsOrExits() {
        noClasses().that().resideOutsideOfPackage("dev.bconf.cli..")
                .should().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void onlyMainExits() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.bconf.cli.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }

    /**
     * Reading never connects anywhere and never runs a command, whatever the input: no code
     * path may so much as reach the classes that would. SideEffectsTest watches the same at
     * run time, for the paths its inputs take.
     */
    @Test
    void nothingConnectsAnywhereOrRunsACommand() {
        // java.net.URI only names things (SARIF's artifact and help addresses); it opens nothing.
        noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.net..",
                        "java.nio.channels..", "javax.net..", "java.rmi..", "javax.naming..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(java.net.URI.class,
                                java.net.URISyntaxException.class))))
                .orShould().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Process.class)
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("exec"))
                        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                                JavaClass.Predicates.assignableTo(Runtime.class)))))
                .check(classes);
    }

    @Test
    void publicSignaturesOutsideInternalPackagesHaveNoAntlrTypes() {
        codeUnits().that().haveModifier(JavaModifier.PUBLIC)
                .and().areDeclaredInClassesThat(DescribedPredicate.not(
                        JavaClass.Predicates.resideInAPackage("..internal..")))
                .should(notMention("org.antlr."))
                .check(classes);
    }

    private static void onlyUsedIn(String library, String... packages) {
        noClasses().that().resideOutsideOfPackages(packages)
                .should().dependOnClassesThat().resideInAPackage(library)
                .check(classes);
    }

    private static ArchCondition<JavaCodeUnit> notMention(String packagePrefix) {
        return new ArchCondition<>("not have types of " + packagePrefix + " in their signature") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaType> signature = new ArrayList<>(unit.getParameterTypes());
                signature.add(unit.getReturnType());
                Set<String> leaked = new TreeSet<>();
                for (JavaType type : signature) {
                    type.getAllInvolvedRawTypes().stream().map(JavaClass::getName)
                            .filter(n -> n.startsWith(packagePrefix)).forEach(leaked::add);
                }
                unit.getExceptionTypes().stream().map(JavaClass::getName)
                        .filter(n -> n.startsWith(packagePrefix)).forEach(leaked::add);
                events.add(new SimpleConditionEvent(unit, leaked.isEmpty(),
                        unit.getFullName() + " exposes " + leaked));
            }
        };
    }
}
