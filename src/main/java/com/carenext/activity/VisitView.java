package com.carenext.activity;

import java.time.LocalDate;

/** A recorded visit to an education base. */
public record VisitView(long id, long baseId, LocalDate visitedOn, String visitingGroup, String school, Long schoolId,
                        int students, int adults, Long guideId, String guideName, String notes) {
}
