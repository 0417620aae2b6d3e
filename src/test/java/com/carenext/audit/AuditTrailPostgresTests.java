package com.carenext.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.support.OnPostgres;
import org.junit.jupiter.api.Test;

/** The same on PostgreSQL, where a trigger also refuses any UPDATE or DELETE of audit rows. */
@OnPostgres
class AuditTrailPostgresTests extends AuditTrailTests {

    @Override
    void tamper(String sql) {
        jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change").update();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theApplicationsRestrictedRoleCannotTruncateDeleteChangeOrAlterTheAuditTable() throws Exception {
        com.carenext.support.Fixtures.login(mvc, world.office().username());
        String role = "carenext_app_" + world.town().id();
        jdbc.sql("CREATE ROLE " + role + " LOGIN PASSWORD 'app-pass-2026'").update();
        jdbc.sql("SELECT carenext_restrict_app_role(:role)").param("role", role).query().listOfRows();
        String url;
        try (var owner = dataSource.getConnection()) {
            url = owner.getMetaData().getURL();
        }
        try (var app = java.sql.DriverManager.getConnection(url.replaceAll("[?&](user|password)=[^&]*", ""), role,
                "app-pass-2026"); var statement = app.createStatement()) {
            try (var rows = statement.executeQuery("SELECT COUNT(*) FROM audit_event")) {
                org.assertj.core.api.Assertions.assertThat(rows.next()).isTrue();
            }
            for (String sql : java.util.List.of("TRUNCATE audit_event", "DELETE FROM audit_event",
                    "UPDATE audit_event SET detail = 'x'", "ALTER TABLE audit_event DISABLE TRIGGER ALL",
                    "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change", "DROP TABLE audit_event",
                    "TRUNCATE audit_chain_head")) {
                assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() throws Exception {
        com.carenext.support.Fixtures.login(mvc, world.office().username());
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET outcome = 'SUCCESS'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.flywaydb.core.Flyway flyway;

    /** afterMigrate.sql: a migrate, even one with nothing pending, leaves the restricted role its grants on every table. */
    @Test
    void afterEveryMigrateTheRestrictedRoleReachesEveryTable() {
        String role = "carenext_app_later_" + world.town().id();
        jdbc.sql("CREATE ROLE " + role).update();
        var placeholders = new java.util.HashMap<>(flyway.getConfiguration().getPlaceholders());
        placeholders.put("app_role", role);
        org.flywaydb.core.Flyway.configure().configuration(flyway.getConfiguration()).placeholders(placeholders).load()
                .migrate();
        var tables = jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").query(String.class)
                .list();
        org.assertj.core.api.Assertions.assertThat(tables).contains("startup_mark", "export_job", "app_user");
        var unreachable = jdbc.sql("""
                SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                 AND NOT has_table_privilege(:role, format('%I.%I', schemaname, tablename), 'SELECT')""")
                .param("role", role).query(String.class).list();
        org.assertj.core.api.Assertions.assertThat(unreachable).as("tables the application role cannot read").isEmpty();
        var notWritable = jdbc.sql("""
                SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                 AND tablename NOT IN ('audit_event', 'audit_chain_head')
                 AND NOT has_table_privilege(:role, format('%I.%I', schemaname, tablename), 'INSERT, UPDATE, DELETE')""")
                .param("role", role).query(String.class).list();
        org.assertj.core.api.Assertions.assertThat(notWritable).as("tables the application role cannot write").isEmpty();
    }
}
