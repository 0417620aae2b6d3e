package com.carenext.patrol;

/** How dangerous a water body is; decides how often it must be patrolled in the season. */
public enum RiskTier {
    RED, YELLOW, GREEN;

    public String messageKey() {
        return "patrol.tier." + name();
    }
}
