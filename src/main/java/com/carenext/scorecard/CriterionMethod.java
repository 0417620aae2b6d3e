package com.carenext.scorecard;

/** How a criterion is met: automatically from a figure reaching its threshold, or by evidence the town confirms. */
public enum CriterionMethod {
    AUTOMATIC, EVIDENCE;

    public String messageKey() {
        return "scorecard.method." + name();
    }
}
