package com.carenext.volunteer;

import java.time.LocalDate;

/** A recorded care visit. */
public record CareVisitView(long id, long volunteerId, LocalDate visitedOn, String visitor, String physicalCondition,
                            String mentalCondition, String needs, String followUp) {
}
