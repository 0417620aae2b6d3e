package db.migration.common;

import com.carenext.audit.AuditHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Chains the audit rows written before the hash chain existed, in id order, and sets the chain head. Runs once,
 * as the schema owner; on PostgreSQL the append-only trigger is set aside for the length of this migration only.
 */
public class V23_4__chain_existing_audit_rows extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change");
            }
            String previous = AuditHash.GENESIS;
            long sequence = 0;
            try (ResultSet rows = statement.executeQuery("SELECT id, " + AuditHash.COLUMNS
                    + " FROM audit_event ORDER BY id");
                 PreparedStatement chain = connection.prepareStatement(
                         "UPDATE audit_event SET chain_seq = ?, prev_hash = ?, row_hash = ? WHERE id = ?")) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] values = new Object[columns - 1];
                    for (int i = 2; i <= columns; i++) {
                        values[i - 2] = rows.getObject(i);
                    }
                    sequence++;
                    String hash = AuditHash.of(previous, sequence, values);
                    chain.setLong(1, sequence);
                    chain.setString(2, previous);
                    chain.setString(3, hash);
                    chain.setLong(4, rows.getLong(1));
                    chain.executeUpdate();
                    previous = hash;
                }
            }
            try (PreparedStatement head = connection.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, sequence);
                head.setString(2, previous);
                head.executeUpdate();
            }
            if (postgres) {
                statement.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change");
            }
        }
    }
}
