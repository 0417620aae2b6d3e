package com.carenext.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The audit chain's hash changes with every recorded field, the order, the previous hash and the sequence. */
class AuditHashTest {

    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-12-02T08:00:00.123456789Z"));

    @Test
    void everyPartOfTheRowChangesTheHash() {
        String hash = AuditHash.of(AuditHash.GENESIS, 1, AT, "office", "SUCCESS");
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}")
                .isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "office", "SUCCESS"));
        assertThat(AuditHash.of(hash, 1, AT, "office", "SUCCESS")).as("previous hash").isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 2, AT, "office", "SUCCESS")).as("sequence").isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "office", "REFUSED")).as("a field").isNotEqualTo(hash);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "SUCCESS", "office")).as("the order").isNotEqualTo(hash);
    }

    @Test
    void aMissingValueIsNotAnEmptyOneAndFieldsDoNotRunTogether() {
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, (Object) null))
                .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, ""));
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, "ab", "c"))
                .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, "a", "bc"));
    }

    @Test
    void aTimeIsHashedToTheMicrosecondAsTheDatabaseKeepsIt() {
        Timestamp nanos = Timestamp.from(Instant.parse("2026-12-02T08:00:00.123456999Z"));
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, nanos)).isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT));
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT))
                .isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, "2026-12-02T08:00:00.123456Z"));
        assertThat(AuditHash.GENESIS).isEqualTo("0".repeat(64));
    }
}
