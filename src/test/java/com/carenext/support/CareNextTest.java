package com.carenext.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on its own in-memory H2 database with MockMvc, and the {@link Fixtures} to build test data.
 * Add {@link OnPostgres} to run the same class on real PostgreSQL. It is served on a random port as well, so that the
 * browser journeys share this one Spring context with the MockMvc tests instead of starting a second one per test JVM.
 * {@code PlanTestRecords} (the plan records of {@code ScopeIsolationTests}) is imported here for the same reason: a
 * test class that imports a bean of its own gets a Spring context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({Fixtures.class, Banners.class, com.carenext.plan.PlanTestRecords.class})
public @interface CareNextTest {
}
