package org.cooperation.commandservice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The plan of the service, checked: the agreement aggregate at the bottom, knowing nothing of HTTP
 * or Kafka; the web layer on top; publishing and idempotency beside it, each on its own.
 */
@AnalyzeClasses(packages = "org.cooperation.commandservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String AGREEMENT = "org.cooperation.commandservice.agreement";
    private static final String WEB = "org.cooperation.commandservice.agreement.web..";
    private static final String PUBLISHING = "org.cooperation.commandservice.publishing..";
    private static final String IDEMPOTENCY = "org.cooperation.commandservice.idempotency..";

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.cooperation.commandservice.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webIsOnTop = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("web")
            .definedBy(WEB)
            .layer("publishing")
            .definedBy(PUBLISHING)
            .layer("idempotency")
            .definedBy(IDEMPOTENCY)
            .layer("agreement")
            .definedBy(AGREEMENT)
            .whereLayer("web")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("publishing")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("idempotency")
            .mayNotBeAccessedByAnyLayer()
            .because("the aggregate's rules hold whoever sends the command and however its events travel");

    @ArchTest
    static final ArchRule agreementKnowsNoTransport = noClasses()
            .that()
            .resideInAPackage(AGREEMENT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web..",
                    "org.springframework.http..",
                    "jakarta.servlet..",
                    "org.springframework.kafka..",
                    "org.apache.kafka..",
                    "org.springframework.jdbc..")
            .because("the aggregate decides from commands and its own events alone");

    @ArchTest
    static final ArchRule idempotencyKnowsNoAgreement = noClasses()
            .that()
            .resideInAPackage(IDEMPOTENCY)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.cooperation.commandservice.agreement..")
            .because("a repeated request is recognised from its key and fingerprint, whatever command it carries");
}
