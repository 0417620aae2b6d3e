package com.carenext.scorecard;

import com.carenext.organization.OrganizationType;
import java.util.List;

/** A unit's card for a year: its score out of the points of the criteria that apply, rank among the cards shown. */
public record Scorecard(long organizationId, String organizationName, OrganizationType level, int year, int score,
                        int maxScore, int rank, List<ScorecardLine> lines) {

    public Scorecard {
        lines = List.copyOf(lines);
    }

    /** The criteria not met, in card order. */
    public List<String> missing() {
        return lines.stream().filter(line -> !line.met()).map(ScorecardLine::title).toList();
    }

    public int percent() {
        return maxScore == 0 ? 0 : Math.round(100f * score / maxScore);
    }

    Scorecard ranked(int position) {
        return new Scorecard(organizationId, organizationName, level, year, score, maxScore, position, lines);
    }
}
