package com.carenext.volunteer;

import java.math.BigDecimal;

/** Approved hours of one year, for a person ({@code volunteerId}) or an organization ({@code organizationId}). */
public record HoursTotal(Long volunteerId, String name, long organizationId, int entries, BigDecimal hours) {
}
