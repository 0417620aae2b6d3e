package com.carenext.demo;

import com.carenext.support.DemoTest;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Every {@link DemoTest} class, run as one unit: surefire hands a unit to one test JVM, so the demo's Spring context
 * (a start and the demo's load, the dearest context of the suite) is built once per run instead of once in each JVM.
 * pom.xml leaves the classes themselves out of surefire's own list by their names ({@code *DemoTests},
 * {@code *DemoJourneyTest}); {@code mvn test -Dtest=PlanDemoTests} still runs one alone.
 * {@link DemoSuiteNamesTests} fails for a demo test named otherwise, which would run twice.
 */
@Suite
@SelectPackages("com.carenext")
@IncludeTags("demo")
class DemoSuiteTests {
}
