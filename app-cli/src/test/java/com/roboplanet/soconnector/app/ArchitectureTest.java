package com.roboplanet.soconnector.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fences of docs/architecture.md, checked on the production classes of every module. */
class ArchitectureTest {
    private static final String ROOT = "com.roboplanet.soconnector";
    private static final List<String> ADAPTERS = List.of("csv", "superoffice", "smtp", "journal");
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The domain's test fakes reach this classpath as a test-jar, which the option above does not see.
                .withImportOption(location -> !location.matches(TEST_JAR))
                .importPackages(ROOT);
    }

    @Test
    void domain_dependsOnJavaOnly() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(ROOT + ".domain..", "java..")
                .because("the domain is plain Java; technology lives in adapters")
                .check(classes);
    }

    @Test
    void adapters_doNotDependOnEachOther() {
        for (String adapter : ADAPTERS) {
            String[] others = ADAPTERS.stream()
                    .filter(a -> !a.equals(adapter))
                    .map(a -> ROOT + ".adapters." + a + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + ".adapters." + adapter + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .because("adapters meet only through the domain's ports")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void onlyTheApp_seesGuiceAndPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.google.inject..", "picocli..", "jakarta.inject..")
                .because("wiring and the command line belong to the composition root")
                .check(classes);
    }

    @Test
    void nothing_dependsOnTheApp() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".app..")
                .because("the app is the composition root at the top of the graph")
                .check(classes);
    }

    @Test
    void adaptersAndDomain_doNotUseTheSandbox() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".domain..", ROOT + ".adapters..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".sandbox..")
                .because("the sandbox is a stand-in for SuperOffice, used by tests and the app's demo default")
                .check(classes);
    }
}
