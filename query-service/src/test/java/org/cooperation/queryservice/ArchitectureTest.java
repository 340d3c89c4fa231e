package org.cooperation.queryservice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.cooperation.queryservice.web.ProblemException;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan of the service, checked: three jobs (projection, reading, operations) on top of which
 * only the service's security rules sit; the read models are the projection's, and the readers
 * and operators use them, never the other way round. The console stands beside them, a client of
 * the HTTP APIs that uses none of them.
 */
@AnalyzeClasses(packages = "org.cooperation.queryservice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String PROJECTION = "org.cooperation.queryservice.projection..";
    private static final String READING = "org.cooperation.queryservice.reading..";
    private static final String OPERATIONS = "org.cooperation.queryservice.operations..";
    private static final String WEB = "org.cooperation.queryservice.web..";
    private static final String SECURITY = "org.cooperation.queryservice.security..";
    private static final String CONSOLE = "org.cooperation.queryservice.console..";

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("org.cooperation.queryservice.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule jobsDependOnlyDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("security")
            .definedBy(SECURITY)
            .layer("reading")
            .definedBy(READING)
            .layer("operations")
            .definedBy(OPERATIONS)
            .layer("web")
            .definedBy(WEB)
            .layer("projection")
            .definedBy(PROJECTION)
            .layer("console")
            .definedBy(CONSOLE)
            .whereLayer("console")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("security")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("reading")
            .mayOnlyBeAccessedByLayers("security")
            .whereLayer("operations")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("web")
            .mayOnlyBeAccessedByLayers("reading", "operations")
            .whereLayer("projection")
            .mayOnlyBeAccessedByLayers("reading", "operations", "web")
            .because("readers and operators use the projection's read models; the projection must keep "
                    + "running whatever the HTTP side does");

    @ArchTest
    static final ArchRule consoleIsAClientOfTheApisOnly = noClasses()
            .that()
            .resideInAPackage(CONSOLE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PROJECTION, READING, OPERATIONS, WEB, SECURITY)
            .because("the console reads and records through the HTTP APIs with the signed-in person's token, "
                    + "so it can show or change no more than the API lets that token");

    @ArchTest
    static final ArchRule projectionAnswersNoHttp = noClasses()
            .that()
            .resideInAPackage(PROJECTION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
            .because("the projection feeds the read models from Kafka; HTTP is the readers' and operators' side");

    @ArchTest
    static final ArchRule operationsLeaveHttpAnswersToTheirControllers = noClasses()
            .that()
            .resideInAPackage(OPERATIONS)
            .and()
            .areNotAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(ProblemException.class)
            .because("a rebuild or a retry is the same work whoever starts it; its controller says it in HTTP");
}
