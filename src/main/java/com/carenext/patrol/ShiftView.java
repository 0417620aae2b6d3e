package com.carenext.patrol;

import java.time.LocalDate;
import java.util.List;

/** A day on which named volunteers patrol a water body. */
public record ShiftView(long id, long waterBodyId, String waterBodyName, RiskTier riskTier, LocalDate day,
                        List<String> volunteerNames) {
}
