package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.support.CareNextTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Used form tokens and Idempotency-Keys are forgotten after a day; a second run within the job's lock is skipped. */
@CareNextTest
class SpentTokensTests {

    @Autowired
    SpentTokens spentTokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void tokensAndKeysOlderThanADayAreForgottenRecentOnesKept() {
        LocalDateTime now = LocalDateTime.now(clock);
        String old = token(now.minusDays(2));
        String fresh = token(now.minusHours(1));
        String oldKey = key(now.minusHours(25));
        String freshKey = key(now.minusMinutes(5));

        assertThat(spentTokens.purge()).hasValueSatisfying(forgotten -> assertThat(forgotten).isGreaterThanOrEqualTo(2));

        assertThat(count("used_form_token", "token", old)).isZero();
        assertThat(count("used_form_token", "token", fresh)).isOne();
        assertThat(count("idempotency_key", "idem_key", oldKey)).isZero();
        assertThat(count("idempotency_key", "idem_key", freshKey)).isOne();
        // a second run within the job's lock (a minute) is skipped; nothing recent is forgotten either way
        assertThat(spentTokens.purge()).isEmpty();
        assertThat(count("used_form_token", "token", fresh)).isOne();
        assertThat(count("idempotency_key", "idem_key", freshKey)).isOne();
    }

    private String token(LocalDateTime usedAt) {
        String token = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO used_form_token (token, username, used_at) VALUES (:t, 'purge', :at)")
                .param("t", token).param("at", Timestamp.valueOf(usedAt)).update();
        return token;
    }

    private String key(LocalDateTime createdAt) {
        String key = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO idempotency_key (actor, idem_key, request_hash, created_at, status)
                        VALUES ('purge', :k, 'h', :at, 201)""")
                .param("k", key).param("at", Timestamp.valueOf(createdAt)).update();
        return key;
    }

    private int count(String table, String column, String value) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :v").param("v", value)
                .query(Integer.class).single();
    }
}
