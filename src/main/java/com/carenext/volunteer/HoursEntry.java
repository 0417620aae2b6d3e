package com.carenext.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One logged entry of service hours as pages and the API read it. */
public record HoursEntry(long id, long volunteerId, String volunteerName, long organizationId, LocalDate servedOn,
                         String description, BigDecimal hours, HourStatus status, String reviewNote,
                         String reviewedBy, long version) {
}
