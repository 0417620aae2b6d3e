package com.carenext.patrol;

import java.time.LocalDate;

/**
 * The patrol season of a year and how many patrols a week each tier needs; 7 a week means daily, where every
 * uncovered day is a gap; fewer means per ISO week (Monday to Sunday), where a week with fewer is a gap.
 */
public record Season(int year, LocalDate startsOn, LocalDate endsOn, int redPerWeek, int yellowPerWeek,
                     int greenPerWeek, long version) {

    public static final int DAILY = 7;
    /** The version of a form that did not say which version it was read at: it matches no stored season. */
    static final long UNSEEN = -1;

    /** June 1 – August 31; red daily, yellow three times a week, green weekly. */
    public static Season standard(int year) {
        return new Season(year, LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31), DAILY, 3, 1, 0);
    }

    public int perWeek(RiskTier tier) {
        return switch (tier) {
            case RED -> redPerWeek;
            case YELLOW -> yellowPerWeek;
            case GREEN -> greenPerWeek;
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
