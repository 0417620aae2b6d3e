package com.carenext.scorecard;

import java.util.List;

/**
 * The scorecard results of the units under one organization (a town's units, compared above the town): how many are
 * scored, their average share of points (%) and how many meet every criterion.
 */
public record GroupScore(String path, int units, int averagePercent, int allMet) {

    /**
     * The units of {@code scores} under {@code path} (already scored together from grouped figures by
     * {@link Scorecards#summary}: grouping them here asks the database nothing).
     */
    public static GroupScore of(String path, List<UnitScore> scores) {
        List<UnitScore> under = scores.stream().filter(score -> score.organizationPath() != null
                && score.organizationPath().startsWith(path) && score.maxScore() > 0).toList();
        int average = under.isEmpty() ? 0
                : (int) Math.round(under.stream().mapToInt(UnitScore::percent).average().orElse(0));
        int allMet = (int) under.stream().filter(score -> score.met() == score.criteria()).count();
        return new GroupScore(path, under.size(), average, allMet);
    }
}
