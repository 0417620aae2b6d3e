package com.carenext.scorecard;

/** An uploaded evidence item: waiting for the town, confirmed (the criterion is met) or rejected with a reason. */
public enum EvidenceState {
    SUBMITTED, CONFIRMED, REJECTED;

    public String messageKey() {
        return "scorecard.evidence.state." + name();
    }
}
