package com.carenext.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.support.OnPostgres;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.TestPropertySource;

/**
 * The restore drill on real PostgreSQL, through {@code pg_dump --format=custom} and {@code pg_restore} into a new
 * database of the same server. Skipped where the PostgreSQL client tools are missing, except under CI, where that
 * fails ({@code .ci/run} installs postgresql-client).
 */
@OnPostgres
// Its own files folder: the H2 drill may run at the same time in the other test JVM.
@TestPropertySource(properties = "carenext.files.dir=target/backup-tests/postgres-source-files")
class BackupRestorePostgresTests extends BackupRestoreTests {

    @Override
    DatabaseDump emptyDatabase() throws Exception {
        boolean tools;
        try {
            DatabaseDump.tool("pg_dump");
            DatabaseDump.tool("pg_restore");
            tools = true;
        } catch (BackupException missing) {
            tools = false;
        }
        if ("true".equals(System.getenv("CI"))) {
            assertThat(tools).as("pg_dump and pg_restore on PATH under CI (apt-get install postgresql-client)")
                    .isTrue();
        }
        Assumptions.assumeTrue(tools, "pg_dump/pg_restore not on PATH");
        HikariDataSource source = (HikariDataSource) dataSource;
        String database = "restore_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String url = source.getJdbcUrl();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return new DatabaseDump(url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query)),
                source.getUsername(), source.getPassword());
    }
}
