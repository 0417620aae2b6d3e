package com.carenext.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A crafted two-week season (2026-06-01 is a Monday) with exactly known gaps. */
class CoverageTest {

    static final Season SEASON = new Season(2026, day(1), day(14), Season.DAILY, 3, 1, 0);
    static final Coverage.Body RED = new Coverage.Body(1, "红湖", "甲村", RiskTier.RED);
    static final Coverage.Body YELLOW = new Coverage.Body(2, "黄淖尔", "甲村", RiskTier.YELLOW);
    static final Coverage.Body GREEN = new Coverage.Body(3, "绿坑塘", "乙村", RiskTier.GREEN);

    static LocalDate day(int dayOfJune) {
        return LocalDate.of(2026, 6, dayOfJune);
    }

    static final Map<Long, List<LocalDate>> PATROLS = Map.of(
            1L, List.of(day(1), day(2), day(4), day(5), day(6), day(7), day(8), day(9), day(11), day(12), day(13),
                    day(14), day(20)),
            2L, List.of(day(1), day(2), day(5), day(8), day(8)),
            3L, List.of(day(14)));

    @Test
    void theWholeSeasonGivesEveryUncoveredDayAndEveryShortWeek() {
        List<Coverage.Line> lines = Coverage.of(SEASON, day(1), day(30), day(30), List.of(RED, YELLOW, GREEN), PATROLS);

        Coverage.Line red = lines.get(0);
        assertThat(red.required()).isEqualTo(14);
        assertThat(red.done()).isEqualTo(12); // June 20 lies outside the season
        assertThat(red.gaps()).containsExactly(new Coverage.Gap(day(3), day(3), 1, 0),
                new Coverage.Gap(day(10), day(10), 1, 0));

        Coverage.Line yellow = lines.get(1);
        assertThat(yellow.required()).isEqualTo(6);
        assertThat(yellow.done()).isEqualTo(5);
        assertThat(yellow.gaps()).containsExactly(new Coverage.Gap(day(8), day(14), 3, 2));

        Coverage.Line green = lines.get(2);
        assertThat(green.required()).isEqualTo(2);
        assertThat(green.done()).isEqualTo(1);
        assertThat(green.gaps()).containsExactly(new Coverage.Gap(day(1), day(7), 1, 0));
        assertThat(green.isCovered()).isFalse();
    }

    @Test
    void daysAndWeeksStillToComeAreNeverGaps() {
        List<Coverage.Line> lines = Coverage.of(SEASON, day(1), day(30), day(9), List.of(RED, YELLOW, GREEN), PATROLS);

        assertThat(lines.get(0).required()).isEqualTo(9);
        assertThat(lines.get(0).done()).isEqualTo(8);
        assertThat(lines.get(0).gaps()).containsExactly(new Coverage.Gap(day(3), day(3), 1, 0));
        // the second week is still running on June 9: not judged yet
        assertThat(lines.get(1).required()).isEqualTo(3);
        assertThat(lines.get(1).done()).isEqualTo(3);
        assertThat(lines.get(1).gaps()).isEmpty();
        assertThat(lines.get(2).gaps()).containsExactly(new Coverage.Gap(day(1), day(7), 1, 0));
    }

    @Test
    void aPeriodCutInsideAWeekShortensThatWeek() {
        List<Coverage.Line> lines = Coverage.of(SEASON, day(4), day(14), day(30), List.of(YELLOW), PATROLS);

        assertThat(lines.get(0).gaps()).containsExactly(new Coverage.Gap(day(4), day(7), 3, 1),
                new Coverage.Gap(day(8), day(14), 3, 2));
    }

    @Test
    void aPeriodOutsideTheSeasonRequiresNothing() {
        List<Coverage.Line> lines = Coverage.of(SEASON, day(20), day(30), day(30), List.of(RED, GREEN), PATROLS);

        assertThat(lines).allSatisfy(line -> {
            assertThat(line.required()).isZero();
            assertThat(line.gaps()).isEmpty();
        });
    }
}
