package com.carenext.audit;

import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit trail's hash chain from the first row to the head: each row's hash must be the hash of the
 * previous row's hash and its own content, the sequence must have no gap, and the head must name the last row. A
 * row changed, removed or inserted behind the application's back is found and named.
 */
@Service
class AuditChain {

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    AuditChainVerification verify(Actor actor) {
        actor.require(Role.AUDITOR);
        Optional<Long> unchained = jdbc.sql("SELECT MIN(id) FROM audit_event WHERE chain_seq IS NULL OR row_hash IS NULL")
                .query(Long.class).optional();
        State state = new State();
        try (Stream<Row> rows = jdbc.sql("SELECT id, chain_seq, prev_hash, row_hash, " + AuditHash.COLUMNS
                        + " FROM audit_event WHERE chain_seq IS NOT NULL ORDER BY chain_seq")
                .withFetchSize(1000).query(AuditChain::row).stream()) {
            rows.takeWhile(row -> state.problem == null).forEach(state::check);
        }
        if (state.problem != null) {
            return AuditChainVerification.broken(state.checked, state.brokenId, state.brokenSeq, state.problem);
        }
        if (unchained.isPresent()) {
            return AuditChainVerification.broken(state.checked, unchained.get(), null, "audit.chain.unchained");
        }
        record Head(long seq, String hash) {
        }
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        if (head.seq() != state.seq || !head.hash().equals(state.hash)) {
            return AuditChainVerification.broken(state.checked, null, state.seq + 1, "audit.chain.missingTail");
        }
        return AuditChainVerification.intact(state.checked);
    }

    private record Row(long id, long seq, String prevHash, String rowHash, Object[] values) {
    }

    private static final class State {
        long checked;
        long seq;
        String hash = AuditHash.GENESIS;
        String problem;
        Long brokenId;
        Long brokenSeq;

        void check(Row row) {
            if (row.seq() != seq + 1) {
                fail(row, "audit.chain.gap");
            } else if (!hash.equals(row.prevHash())) {
                fail(row, "audit.chain.link");
            } else if (!AuditHash.of(hash, row.seq(), row.values()).equals(row.rowHash())) {
                fail(row, "audit.chain.content");
            } else {
                checked++;
                seq = row.seq();
                hash = row.rowHash();
            }
        }

        private void fail(Row row, String why) {
            problem = why;
            brokenId = row.id();
            brokenSeq = row.seq();
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        Object[] values = new Object[columns - 4];
        for (int i = 5; i <= columns; i++) {
            values[i - 5] = rs.getObject(i);
        }
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), values);
    }
}
