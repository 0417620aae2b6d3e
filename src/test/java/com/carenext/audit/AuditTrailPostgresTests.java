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

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() throws Exception {
        com.carenext.support.Fixtures.login(mvc, world.office().username());
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET outcome = 'SUCCESS'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
    }
}
