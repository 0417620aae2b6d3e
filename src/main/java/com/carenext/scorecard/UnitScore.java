package com.carenext.scorecard;

import com.carenext.organization.OrganizationType;

/** A unit's scorecard result in short, for other modules (the dashboard's panel): score, criteria met of all. */
public record UnitScore(long organizationId, String organizationName, String organizationPath,
                        OrganizationType level, int score, int maxScore, int met, int criteria, int rank) {

    /** The share of points, as {@link Scorecard#percent()} rounds it. */
    public int percent() {
        return maxScore == 0 ? 0 : Math.round(100f * score / maxScore);
    }
}
