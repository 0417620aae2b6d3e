package com.carenext.patrol;

import java.util.List;

/** What the town must look at now: patrols open too long, hazards still open, water bodies behind this week. */
public record PatrolAlerts(int openLongerThanHours, List<PatrolView> openTooLong, List<HazardView> openHazards,
                           List<Coverage.Line> behindThisWeek) {

    public boolean isEmpty() {
        return openTooLong.isEmpty() && openHazards.isEmpty() && behindThisWeek.isEmpty();
    }
}
