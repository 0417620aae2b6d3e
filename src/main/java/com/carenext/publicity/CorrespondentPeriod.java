package com.carenext.publicity;

import java.time.LocalDate;

/** One period of a correspondent's grid (history row). */
class CorrespondentPeriod {

    private long organizationId;
    private String organizationName;
    private String grid;
    private LocalDate validFrom;
    private LocalDate validTo;

    CorrespondentPeriod() {
    }

    CorrespondentPeriod(long organizationId, String organizationName, String grid, LocalDate validFrom) {
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.grid = grid;
        this.validFrom = validFrom;
    }

    boolean isOpen() {
        return validTo == null;
    }

    void close(LocalDate lastDay) {
        validTo = lastDay;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    CorrespondentView.Period view() {
        return new CorrespondentView.Period(organizationId, organizationName, grid, validFrom, validTo);
    }
}
