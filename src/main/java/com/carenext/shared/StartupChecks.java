package com.carenext.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Refuses invalid configuration before any migration or start-up row is written: Flyway migrates only after every
 * {@link ConfigurationCheck} passed (and the office zone, {@code carenext.zone}, is a real zone). Instances that start
 * together migrate one after the other ({@link InstanceLock}): Flyway locks each migration itself, but not the
 * sealing pass that follows it ({@link Resealing}), which the second instance then finds done.
 */
@Configuration(proxyBeanMethods = false)
class StartupChecks {

    static final String MIGRATION = "carenext migration";

    @Bean
    FlywayMigrationStrategy checkedMigration(ObjectProvider<ConfigurationCheck> checks, Environment environment) {
        return flyway -> {
            verifyZone(environment.getProperty("carenext.zone"));
            List<ConfigurationCheck> all = checks.orderedStream().toList();
            all.forEach(ConfigurationCheck::verify);
            new InstanceLock(flyway.getConfiguration().getDataSource()).runAlone(MIGRATION, flyway::migrate);
        };
    }

    static void verifyZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return;
        }
        try {
            ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException("carenext.zone（CARENEXT_ZONE）不是有效的时区：" + zone
                    + "（例如 Asia/Shanghai）", e);
        }
    }
}
