package com.carenext.patrol;

import com.carenext.shared.BusinessRuleException;

/** A season lies within its own year, ends after it starts, and asks between none and daily patrols per tier. */
final class SeasonPolicy {

    void check(Season season) {
        if (season.endsOn().isBefore(season.startsOn()) || season.startsOn().getYear() != season.year()
                || season.endsOn().getYear() != season.year()) {
            throw new BusinessRuleException("patrol.season.invalid");
        }
        for (int perWeek : new int[]{season.redPerWeek(), season.yellowPerWeek(), season.greenPerWeek()}) {
            if (perWeek < 0 || perWeek > Season.DAILY) {
                throw new BusinessRuleException("patrol.season.invalid");
            }
        }
    }
}
