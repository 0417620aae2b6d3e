package com.carenext.audit;

import com.carenext.shared.BadRequestException;
import java.time.Instant;

/**
 * Where the next page of the trail starts: the (time, id) of the last event shown, newest first. Written as
 * {@code epochMicros_id}; anything else is bad input (400).
 */
record AuditCursor(Instant at, long id) {

    static AuditCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("_");
        try {
            if (parts.length == 2) {
                long micros = Long.parseLong(parts[0]);
                return new AuditCursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                        Math.floorMod(micros, 1_000_000L) * 1000L), Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException | java.time.DateTimeException notACursor) {
            // falls through to the caller's mistake below
        }
        throw new BadRequestException("audit.cursor.invalid");
    }

    static AuditCursor after(AuditEvent event) {
        return new AuditCursor(event.occurredAt(), event.id());
    }

    @Override
    public String toString() {
        return (at.getEpochSecond() * 1_000_000L + at.getNano() / 1000) + "_" + id;
    }
}
