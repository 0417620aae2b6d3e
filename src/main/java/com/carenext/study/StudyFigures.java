package com.carenext.study;

import java.math.BigDecimal;

/**
 * Study figures of a person or an organization for a year: sessions attended, hours, and the participation rate
 * (attendances over the sessions open to them, in percent).
 */
public record StudyFigures(long id, String name, int attended, BigDecimal hours, int open, int ratePercent) {
}
