package com.carenext.scorecard;

/**
 * One criterion on a unit's card: met or not and why ({@code why}: the figure against the threshold, or the
 * evidence's state). {@code figure}/{@code threshold} are null for an evidence criterion; {@code evidence} is the
 * newest item uploaded for it (null when none).
 */
public record ScorecardLine(long criterionId, CriterionGroup group, String title, String description,
                            CriterionMethod method, boolean defaultCriterion, int points, boolean met, Long figure,
                            Long threshold, String why, EvidenceItem evidence) {
}
