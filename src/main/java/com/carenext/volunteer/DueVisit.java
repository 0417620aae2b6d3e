package com.carenext.volunteer;

import java.time.LocalDate;

/** A volunteer whose next care visit is due (or overdue): the last visit, the cadence and the due day. */
public record DueVisit(VolunteerSummary volunteer, LocalDate lastVisit, int intervalDays, LocalDate dueOn,
                       boolean overdue) {
}
