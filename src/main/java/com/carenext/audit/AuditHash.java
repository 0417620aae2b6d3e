package com.carenext.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 of the previous row's hash and the row's canonical content (every recorded field, in a
 * fixed order, separated by a unit separator; a missing value is distinct from an empty one). The Flyway migration
 * that chains existing rows uses the same function.
 */
public final class AuditHash {

    /** The hash before the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** Values in the order of the columns {@link #COLUMNS}. */
    public static String of(String previousHash, long sequence, Object... values) {
        StringBuilder content = new StringBuilder(previousHash).append('\n').append(sequence);
        for (Object value : values) {
            content.append('\u001f').append(value == null ? "\u0000" : canonical(value));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hashed columns, in order. */
    public static final String COLUMNS = "occurred_at, username, actor_name, scope_path, action, http_method, "
            + "request_path, target_type, target_id, client_address, outcome, status, reason, detail";

    private static String canonical(Object value) {
        if (value instanceof Timestamp time) {
            return time.toInstant().truncatedTo(ChronoUnit.MICROS).toString();
        }
        return value.toString();
    }
}
