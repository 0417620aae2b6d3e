package com.carenext.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL connections that give up: connecting at most 3 s, a silent socket (a server gone without a word) after
 * 70 s, just above the 60 s query timeout ({@code spring.jdbc.template.query-timeout}). Parameters in
 * {@code CARENEXT_DB_URL} win over these.
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            pool.addDataSourceProperty("connectTimeout", "3");
            pool.addDataSourceProperty("loginTimeout", "3");
            pool.addDataSourceProperty("socketTimeout", "70");
        }
        return bean;
    }
}
