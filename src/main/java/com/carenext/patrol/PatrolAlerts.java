package com.carenext.patrol;

import com.carenext.shared.Paged;
import java.util.List;

/**
 * What the town must look at now: patrols open too long (one page, oldest first, with the count of all), how many
 * hazards are still open (the list is /hazards), water bodies behind this week.
 */
public record PatrolAlerts(int openLongerThanHours, Paged<PatrolView> openTooLong, long openHazards,
                           List<Coverage.Line> behindThisWeek) {

    /** How many of the water bodies behind the overview lists (it says how many there are; the coverage report has all). */
    public static final int BEHIND_SHOWN = 50;

    public boolean isEmpty() {
        return openTooLong.total() == 0 && openHazards == 0 && behindThisWeek.isEmpty();
    }
}
