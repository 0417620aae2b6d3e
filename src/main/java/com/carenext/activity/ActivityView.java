package com.carenext.activity;

import java.time.LocalDateTime;
import java.util.List;

/** An activity with its partners (and whether each confirmed), 五老, photo ids and cited materials. */
public record ActivityView(long id, long organizationId, String organizationName, ActivityType type, String title,
                           LocalDateTime startsAt, String place, int youths, int parents, int others, String summary,
                           Long planTaskId, List<Partner> partners, List<String> elders, List<Long> photoIds,
                           long version, List<Cited> materials) {

    /** A story or material of the library the activity cites. */
    public record Cited(long id, MaterialKind kind, String title) {
    }

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
