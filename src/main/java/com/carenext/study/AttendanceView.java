package com.carenext.study;

import java.time.Instant;

/** One attendee of a session: who, how (roll call or self check-in) and when. */
public record AttendanceView(long volunteerId, String volunteerName, long organizationId, String method,
                             String recordedBy, Instant checkedInAt) {
}
