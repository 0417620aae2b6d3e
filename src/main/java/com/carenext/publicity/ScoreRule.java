package com.carenext.publicity;

/** Which rule produced a line of a score's explanation. */
public enum ScoreRule {
    /** Points for a publication at an outlet level. */
    LEVEL,
    /** Points for the kind of an adopted article. */
    KIND,
    /** A publication at a lower level that the counting rule HIGHEST_ONLY does not count (0 points). */
    NOT_COUNTED,
    /** The points above the monthly cap, taken off. */
    MONTHLY_CAP,
    /** The points above the yearly cap, taken off. */
    YEARLY_CAP,
    /** Articles missing from the monthly quota, times the penalty. */
    QUOTA_PENALTY;

    public String messageKey() {
        return "publicity.rule." + name();
    }
}
