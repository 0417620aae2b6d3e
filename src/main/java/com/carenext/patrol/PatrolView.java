package com.carenext.patrol;

import java.math.BigDecimal;
import java.time.LocalDateTime;

public record PatrolView(long id, long waterBodyId, String waterBodyName, long organizationId, long volunteerId,
                         String volunteerName, LocalDateTime checkedInAt, BigDecimal latitude, BigDecimal longitude,
                         LocalDateTime checkedOutAt, Integer dissuaded, String kitProblems, String notes) {

    public boolean isOpen() {
        return checkedOutAt == null;
    }
}
