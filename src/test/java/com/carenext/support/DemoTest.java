package com.carenext.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with the 乌审召镇 demo loaded. Every demo test uses this one annotation, so they share one
 * Spring context (and load the demo once) instead of one context per spelling of the same properties.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@CareNextTest
@TestPropertySource(properties = {"carenext.demo.enabled=true", "carenext.demo.password=" + DemoTest.PASSWORD})
public @interface DemoTest {

    String PASSWORD = "Demo-Pass-2026";
}
