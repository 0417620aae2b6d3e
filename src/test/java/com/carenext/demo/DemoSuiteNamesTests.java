package com.carenext.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.support.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * A {@link DemoTest} class runs inside {@link DemoSuiteTests}; pom.xml keeps it out of surefire's own list by its
 * name. One named otherwise would run twice, the second time building the demo's context in the other JVM.
 */
class DemoSuiteNamesTests {

    @Test
    void everyDemoTestIsNamedSoThatSurefireLeavesItToTheSuite() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(DemoTest.class));
        var found = scanner.findCandidateComponents("com.carenext").stream()
                .map(bean -> bean.getBeanClassName().substring(bean.getBeanClassName().lastIndexOf('.') + 1))
                .toList();
        assertThat(found).hasSizeGreaterThanOrEqualTo(7)
                .allMatch(name -> name.endsWith("DemoTests") || name.endsWith("DemoJourneyTest"), "named *DemoTests");
    }
}
