package com.carenext.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A benchmark: left out of {@code mvn verify}, run with {@code mvn test -Pbench -Dtest=…}. It refuses to run on the
 * test suite's C1-only JVM ({@code -XX:TieredStopAtLevel=1}), whose figures would say nothing about production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("benchmark")
@ExtendWith(Benchmark.FullyOptimisingJvm.class)
public @interface Benchmark {

    final class FullyOptimisingJvm implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            if (ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .anyMatch(argument -> argument.startsWith("-XX:TieredStopAtLevel="))) {
                throw new IllegalStateException("Benchmarks need the fully optimising JVM: run them with -Pbench");
            }
        }
    }
}
