package com.roboplanet.soconnector.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roboplanet.soconnector.archfixture.adapters.csv.CsvUsesSmtp;
import com.roboplanet.soconnector.archfixture.adapters.csv.GuiceInAnAdapter;
import com.roboplanet.soconnector.archfixture.app.AdapterLibrariesInTheApp;
import com.roboplanet.soconnector.archfixture.app.MatcherInTheApp;
import com.roboplanet.soconnector.archfixture.app.report.ReportModule;
import com.roboplanet.soconnector.archfixture.app.report.ReportSubcommand;
import com.roboplanet.soconnector.archfixture.domain.GuiceInTheDomain;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link ArchitectureRules} fed deliberately broken classes (test sources under {@value #FIXTURES}) must
 * report them, and only them; a rule over a root without classes must fail rather than pass empty.
 */
class ArchitectureRulesBiteTest {
    static final String FIXTURES = "com.roboplanet.soconnector.archfixture";
    private static final JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void domainRule_guiceInTheDomain_isReported() {
        assertThat(violations(ArchitectureRules.domainDependsOnJavaOnly(FIXTURES)))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(GuiceInTheDomain.class.getName(), "com.google.inject.Injector");
    }

    @Test
    void adapterRule_csvAdapterUsingTheSmtpAdapter_isReported() {
        assertThat(String.join("\n", violations(ArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURES))))
                .contains("Slice csv depends on Slice smtp", CsvUsesSmtp.class.getName());
    }

    @Test
    void guiceRule_injectAnnotationOutsideTheApp_isReported() {
        assertThat(String.join("\n", violations(ArchitectureRules.onlyTheAppSeesGuiceAndPicocli(FIXTURES))))
                .contains(GuiceInAnAdapter.class.getName(), GuiceInTheDomain.class.getName());
    }

    static Stream<Class<?>> adapterLibraryUsers() {
        return Stream.of(AdapterLibrariesInTheApp.class.getDeclaredClasses());
    }

    @ParameterizedTest
    @MethodSource("adapterLibraryUsers")
    void libraryRule_eachAdapterLibraryInTheApp_isReported(Class<?> user) {
        assertThat(violations(ArchitectureRules.appUsesNoAdapterLibrary(FIXTURES)))
                .anySatisfy(line -> assertThat(line).contains(user.getName()));
    }

    @Test
    void libraryRule_everyBannedLibrary_hasABrokenClass() {
        assertThat(adapterLibraryUsers()).hasSameSizeAs(ArchitectureRules.ADAPTER_LIBRARIES);
    }

    @Test
    void subcommandRule_subcommandBuildingAnAdapter_isReportedButAModuleDoingItIsNot() {
        List<String> violations = violations(ArchitectureRules.subcommandsUseNoAdapter(FIXTURES));

        assertThat(violations)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(ReportSubcommand.class.getName()));
        assertThat(String.join("\n", violations)).doesNotContain(ReportModule.class.getName());
    }

    @Test
    void matcherRule_appUsingTheMatcher_isReported() {
        assertThat(violations(ArchitectureRules.appDoesNotUseTheMatcher(FIXTURES)))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(MatcherInTheApp.class.getName()));
    }

    static Stream<ArchRule> everyRule() {
        return ArchitectureRules.all(FIXTURES + ".misspelt").stream();
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void everyRule_rootWithoutClasses_failsInsteadOfPassingEmpty(ArchRule rule) {
        assertThatThrownBy(() -> rule.evaluate(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return result.getFailureReport().getDetails();
    }
}
