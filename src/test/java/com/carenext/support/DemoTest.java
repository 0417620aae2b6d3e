package com.carenext.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with the 乌审召镇 demo loaded, as {@link CareNextTest} gives it (MockMvc, {@link Fixtures}), and
 * served on a random port so that a browser journey can walk the demo too. Every demo test uses this one annotation,
 * so they share one Spring context (and load the demo once) instead of one context per spelling of the same
 * properties. Tagged {@code demo}: {@code DemoSuiteTests} runs them all in one test JVM, so the demo is loaded once
 * per run (see its comment for the naming rule that keeps them from running a second time).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(Fixtures.class)
@TestPropertySource(properties = {"carenext.demo.enabled=true", "carenext.demo.password=" + DemoTest.PASSWORD})
public @interface DemoTest {

    String PASSWORD = "Demo-Pass-2026";
}
