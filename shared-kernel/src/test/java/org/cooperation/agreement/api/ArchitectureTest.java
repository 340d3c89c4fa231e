package org.cooperation.agreement.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shared kernel is the published language: a partner's client library builds on it, so it
 * brings nothing a partner would not choose for itself.
 */
@AnalyzeClasses(packages = "org.cooperation.agreement", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule freeOfSpringAndAxon = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.axonframework..")
            .because("both services and partners' clients use these types; neither framework is theirs to impose");

    @ArchTest
    static final ArchRule apiNeedsOnlyJdkJacksonAndSchemaValidator = classes()
            .that()
            .resideInAPackage("org.cooperation.agreement.api..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "org.cooperation.agreement.api..",
                    "java..",
                    "com.fasterxml.jackson..",
                    "com.networknt.schema..",
                    "org.erdtman.jcs..")
            .because("a partner's client library may bring the JDK, Jackson, the JSON Schema validator and the "
                    + "RFC 8785 canonicalizer the chain's hashes are taken over, no more");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.cooperation.agreement.(**)").should().beFreeOfCycles();
}
