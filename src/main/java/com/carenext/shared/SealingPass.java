package com.carenext.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings every personal-data column to the current key: plain values (rows written before encryption) and values
 * sealed under an older key are sealed again under the current key and their lookup hash is recomputed. Idempotent,
 * in batches of 500 rows; used by the V27_2 migration and after every migrate (key rotation).
 */
class SealingPass {

    /** Table and column of every value sealed at rest; the hash is in {@code <column>_hash}. */
    record Column(String table, String column) {
    }

    private record Row(long id, String value) {
    }

    static final List<Column> COLUMNS = List.of(new Column("app_user", "phone"),
            new Column("committee_member", "phone"), new Column("volunteer", "phone"),
            new Column("volunteer", "id_number"), new Column("correspondent", "phone"),
            new Column("volunteer_application", "phone"), new Column("volunteer_application", "id_number"));
    private static final int BATCH = 500;

    private final PersonalData personalData;

    SealingPass(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** Seals what is not yet sealed under the current key; returns the number of values written. */
    int run(Connection connection) throws SQLException {
        int written = 0;
        for (Column column : COLUMNS) {
            written += run(connection, column);
        }
        return written;
    }

    private int run(Connection connection, Column column) throws SQLException {
        String select = "SELECT id, " + column.column() + " FROM " + column.table() + " WHERE id > ? AND "
                + column.column() + " IS NOT NULL AND " + column.column() + " NOT LIKE ? ORDER BY id FETCH FIRST "
                + BATCH + " ROWS ONLY";
        String update = "UPDATE " + column.table() + " SET " + column.column() + " = ?, " + column.column()
                + "_hash = ? WHERE id = ?";
        int written = 0;
        long last = 0;
        while (true) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(select)) {
                query.setLong(1, last);
                query.setString(2, PersonalData.PREFIX + personalData.currentKeyId() + ":%");
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2)));
                    }
                }
            }
            if (rows.isEmpty()) {
                return written;
            }
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (Row row : rows) {
                    String plain = personalData.open(column.column(), row.value());
                    statement.setString(1, personalData.seal(column.column(), plain));
                    statement.setString(2, personalData.lookupHash(plain));
                    statement.setLong(3, row.id());
                    statement.addBatch();
                    last = row.id();
                }
                statement.executeBatch();
            }
            written += rows.size();
        }
    }
}
