package com.carenext.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can fix time, in the zone the offices work in. */
@Configuration(proxyBeanMethods = false)
class Clocks {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(OFFICE_ZONE);
    }
}
