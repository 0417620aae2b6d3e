package com.carenext.scorecard;

import java.time.LocalDateTime;

/** One evidence item a unit uploaded for a criterion, with the town's decision. {@code demo}: made up for the demo. */
public record EvidenceItem(long id, long criterionId, long organizationId, String note, String originalName,
                           EvidenceState state, String reason, boolean demo, String uploadedBy,
                           LocalDateTime uploadedAt, String decidedBy, LocalDateTime decidedAt, long version) {
}
