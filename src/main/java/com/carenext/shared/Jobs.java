package com.carenext.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs, each run by one instance at a time however many serve behind the load balancer. Every
 * {@code @Scheduled} method also carries {@code @SchedulerLock(name = …)} ({@code ArchitectureTests} checks it):
 * ShedLock keeps one row per job in {@code shedlock}, and only the instance that moves the row's {@code lock_until}
 * into the future runs the job; the others skip that turn. The times are the database's, so instances whose clocks
 * disagree still agree on the lock. A job holds its lock at least its {@code lockAtLeastFor}, so a job triggered on
 * two instances a moment apart runs once, and at most its {@code lockAtMostFor} (default {@value #AT_MOST}), after
 * which an instance that died holding it no longer blocks the others.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = Jobs.AT_MOST)
class Jobs {

    static final String AT_MOST = "PT30M";

    @Bean
    LockProvider jobLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
