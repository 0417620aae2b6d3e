package com.carenext.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so tests can fix time, in the zone the offices work in
 * ({@code carenext.zone}, Asia/Shanghai unless configured), whatever zone the server runs in. Every "today", "now"
 * and every time shown comes from this clock and its zone, never from the JVM's default zone.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

    /** {@code @Past}, {@code @Future} and the like judge by the office's clock too, not the JVM's zone. */
    @Bean
    ValidationConfigurationCustomizer officeClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    @Bean
    Clock clock(@Value("${carenext.zone:Asia/Shanghai}") ZoneId officeZone) {
        return Clock.system(officeZone);
    }
}
