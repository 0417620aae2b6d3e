package com.carenext.scorecard;

/** The three parts of the standardization card. */
public enum CriterionGroup {
    FOUR_INCLUSIONS, FOUR_UNIFORMS, FIVE_GOOD;

    public String messageKey() {
        return "scorecard.group." + name();
    }
}
