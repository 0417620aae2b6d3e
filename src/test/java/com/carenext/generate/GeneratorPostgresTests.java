package com.carenext.generate;

import com.carenext.support.PostgresDatabase;
import org.springframework.boot.SpringApplication;

/** The same on real PostgreSQL (generate_series instead of SYSTEM_RANGE). */
class GeneratorPostgresTests extends GeneratorTests {

    @Override
    protected SpringApplication application() {
        SpringApplication application = super.application();
        application.addInitializers(new PostgresDatabase());
        return application;
    }

    @Override
    protected String[] database() {
        return new String[0];
    }
}
