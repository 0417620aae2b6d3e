package com.carenext.study;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A session as pages and the API read it; the check-in code only for those who run it. */
public record SessionView(long id, long organizationId, SessionKind kind, String topic, SessionMode mode,
                          LocalDateTime startsAt, BigDecimal hours, String organizer, String place, String link,
                          String materials, List<Long> targetOrganizationIds, String checkInCode, int attendees,
                          long version) {
}
