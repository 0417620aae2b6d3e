package com.carenext.activity;

import java.time.LocalDateTime;
import java.util.List;

/** An activity with its partners (and whether each confirmed), 五老 and photo ids. */
public record ActivityView(long id, long organizationId, String organizationName, ActivityType type, String title,
                           LocalDateTime startsAt, String place, int youths, int parents, int others, String summary,
                           Long planTaskId, List<Partner> partners, List<String> elders, List<Long> photoIds,
                           long version) {

    public record Partner(long organizationId, String name, LocalDateTime confirmedAt, String confirmedBy) {

        public boolean isConfirmed() {
            return confirmedAt != null;
        }
    }

    public boolean isJoint() {
        return !partners.isEmpty();
    }

    public int audience() {
        return youths + parents + others;
    }
}
