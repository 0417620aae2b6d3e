package com.carenext.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL connections that give up: connecting at most 3 s, a silent socket (a server gone without a word) after
 * 70 s, just above the 60 s query timeout ({@code spring.jdbc.template.query-timeout}). Parameters in
 * {@code CARENEXT_DB_URL} win over these.
 * <p>
 * And a plan per execution ({@code plan_cache_mode=force_custom_plan}): almost every query is scoped by
 * {@code organization_path LIKE :scope}, whose rows range from one unit's to the whole region's. After five runs of a
 * prepared statement PostgreSQL may keep a generic plan, which cannot use the path prefix index; at region scale a
 * town's dashboard then scanned the whole region's 4 million patrols (8.6 s instead of 27 ms, docs/performance.md).
 * <p>
 * And no JIT compilation ({@code jit=off}): the scoped aggregates' cost estimates pass PostgreSQL's JIT thresholds at
 * region scale, and compiling them took most of their time (a publicity statement of 1.0 s spent 0.84 s compiling;
 * the region's dashboard went from 7.1 to 3.5 s of PostgreSQL per view without it, docs/performance.md).
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor {

    static final String PLAN_PER_EXECUTION = "-c plan_cache_mode=force_custom_plan -c jit=off";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            pool.addDataSourceProperty("connectTimeout", "3");
            pool.addDataSourceProperty("loginTimeout", "3");
            pool.addDataSourceProperty("socketTimeout", "70");
            pool.addDataSourceProperty("options", PLAN_PER_EXECUTION);
        }
        return bean;
    }
}
