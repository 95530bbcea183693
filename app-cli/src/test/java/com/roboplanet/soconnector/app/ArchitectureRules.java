package com.roboplanet.soconnector.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The fences of docs/architecture.md as ArchUnit rules over a root package: {@link ArchitectureTest} applies them to
 * the production classes, {@link ArchitectureRulesBiteTest} to deliberately broken classes under {@code
 * com.roboplanet.soconnector.archfixture}, so that each rule is shown to fail where it should. No rule lists the
 * modules it guards (adapters are found by package) and none allows an empty match: a misspelt root fails.
 */
final class ArchitectureRules {
    /** The libraries that only adapters may use: JSON, CSV, HTTP and mail. */
    static final List<String> ADAPTER_LIBRARIES = List.of(
            "com.fasterxml.jackson..",
            "org.apache.commons.csv..",
            "org.apache.hc..",
            "java.net.http..",
            "jakarta.mail..");

    private ArchitectureRules() {}

    static List<ArchRule> all(String root) {
        return List.of(
                domainDependsOnJavaOnly(root),
                adaptersDoNotDependOnEachOther(root),
                onlyTheAppSeesGuiceAndPicocli(root),
                appUsesNoAdapterLibrary(root),
                subcommandsUseNoAdapter(root),
                appDoesNotUseTheMatcher(root));
    }

    static ArchRule domainDependsOnJavaOnly(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(root + ".domain..", "java..")
                .because("the domain is plain Java; technology lives in adapters");
    }

    /** Every package {@code adapters.<name>} is one slice, whatever the name. */
    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapters.(*)..")
                .should()
                .notDependOnEachOther()
                .because("adapters meet only through the domain's ports");
    }

    static ArchRule onlyTheAppSeesGuiceAndPicocli(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(root + ".app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.google.inject..", "picocli..", "jakarta.inject..")
                .because("wiring and the command line belong to the composition root");
    }

    static ArchRule appUsesNoAdapterLibrary(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ADAPTER_LIBRARIES.toArray(String[]::new))
                .because("the composition root wires adapters; JSON, CSV, HTTP and mail are the adapters' business");
    }

    static ArchRule subcommandsUseNoAdapter(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".app..")
                .and()
                .haveSimpleNameEndingWith("Subcommand")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".adapters..")
                .because("a subcommand calls use cases with per-run values; only the composition root builds adapters");
    }

    static ArchRule appDoesNotUseTheMatcher(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".domain.matching..")
                .because("the app prints what use cases return; matching is the domain's own business");
    }
}
