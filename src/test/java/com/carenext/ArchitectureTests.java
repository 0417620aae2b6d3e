package com.carenext;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules of DESIGN.md that the compiler does not check. */
class ArchitectureTests {

    private static final java.util.regex.Pattern AOT_GENERATED = java.util.regex.Pattern.compile(".*/\\w+__\\w+\\.class");

    // Imported once for all rules: the import is most of this class's time. Without what Spring generates into
    // target/classes when the jar is built with -Paot (CGLIB proxies, bean definitions): nobody wrote it, and a proxy
    // calls the method it stands for (a `mvn verify` after `mvn -Paot package` failed a rule on Volunteers' proxy).
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("$$SpringCGLIB$$") && !location.matches(AOT_GENERATED))
            .importPackages("com.carenext");

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class)
                .because("dependencies come through constructors").check(classes);
    }

    @Test
    void noUtilPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..")
                .because("code lives with the feature it serves").check(classes);
    }

    /** Several instances serve behind one load balancer: a job that runs on a schedule runs on one of them (shared.Jobs). */
    @Test
    void everyScheduledJobTakesItsLock() {
        methods().that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .orShould().beAnnotatedWith(com.carenext.shared.OnEveryInstance.class)
                .because("two instances must never run one job at the same time, unless the job claims each piece of"
                        + " its work itself (docs/deployment.md)")
                .allowEmptyShould(true).check(classes);
    }

    /** A page or figure that read the 五老 through it would stop at its limit without saying so (issue 14). */
    @Test
    void onlyTheDemoLoadersCastFromTheRegistry() {
        noClasses().that().haveSimpleNameNotContaining("Demo")
                .should().callMethod(com.carenext.volunteer.Volunteers.class, "demoCast",
                        com.carenext.shared.Actor.class, int.class)
                .because("a list of the 五老 is paged in SQL (Volunteers.activePage) or searched (a picker)")
                .check(classes);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic()
                .because("a module's tables are its own; other modules go through its API").check(classes);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic().check(classes);
    }

    /**
     * DESIGN.md §5 "one clock, one zone": every "today" and "now" comes from the injected office {@code Clock}
     * ({@code carenext.zone}), never from the JVM's default zone, so tests can fix time and a UTC server shows office
     * time. Only the clock's configuration may ask the system.
     */
    @Test
    void nothingAsksTheSystemClockOutsideTheClockConfiguration() {
        var rule = noClasses().that().doNotHaveFullyQualifiedName("com.carenext.shared.Clocks").should();
        var calls = rule.callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Year.class, "now")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callConstructor(java.util.Date.class);
        calls.because("the office Clock (carenext.zone) is the only source of now; inject it").check(classes);
    }

    @Test
    void noServiceImplPairs() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .because("no I*Service + Impl pairs").check(classes);
        noClasses().that().areInterfaces().should().haveNameMatching(".*\\.I[A-Z][A-Za-z]*Service")
                .because("no I*Service + Impl pairs").check(classes);
    }
}
