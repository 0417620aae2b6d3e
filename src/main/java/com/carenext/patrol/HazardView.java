package com.carenext.patrol;

import java.time.LocalDateTime;

public record HazardView(long id, long patrolId, long waterBodyId, String waterBodyName, long organizationId,
                         HazardType type, Severity severity, String description, boolean hasPhoto,
                         LocalDateTime reportedAt, boolean open, LocalDateTime closedAt, String closedBy,
                         String resolution, long version) {
}
