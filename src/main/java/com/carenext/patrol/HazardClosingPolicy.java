package com.carenext.patrol;

import com.carenext.shared.BusinessRuleException;

/** A hazard is closed once, and only with a resolution that says what was done (at most 1,000 characters). */
final class HazardClosingPolicy {

    static final int MAX_RESOLUTION = 1000;

    String resolution(HazardView hazard, String resolution) {
        if (!hazard.open()) {
            throw new BusinessRuleException("patrol.hazard.closed");
        }
        if (resolution == null || resolution.isBlank() || resolution.length() > MAX_RESOLUTION) {
            throw new BusinessRuleException("patrol.hazard.resolution");
        }
        return resolution.strip();
    }
}
