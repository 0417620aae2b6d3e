package com.carenext.volunteer;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a volunteer's status history. */
public record StatusChange(VolunteerStatus status, LocalDate effectiveOn, String reason, String changedBy,
                           Instant changedAt) {
}
