package com.roboplanet.soconnector.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fences of docs/architecture.md ({@link ArchitectureRules}), checked on the production classes of every module. */
class ArchitectureTest {
    static final String ROOT = "com.roboplanet.soconnector";
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

    static Stream<ArchRule> rules() {
        return ArchitectureRules.all(ROOT).stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void check_productionClasses_followTheRule(ArchRule rule) {
        rule.check(classes);
    }
}
