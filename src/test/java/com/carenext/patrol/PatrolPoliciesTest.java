package com.carenext.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.shared.BusinessRuleException;
import com.carenext.volunteer.VolunteerStatus;
import com.carenext.volunteer.VolunteerSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The patrol rules on their own: no Spring, no database. */
class PatrolPoliciesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 1);
    private static final LocalDateTime AT = DAY.atTime(9, 0);

    private static void refused(Runnable rule, String key) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aRedWaterBodyNeedsTwoFitVolunteersAnyOtherOne() {
        ShiftPolicy policy = new ShiftPolicy();
        refused(() -> policy.team(RiskTier.RED, DAY, List.of(1L), Set.of(1L, 2L)), "patrol.shift.redNeedsTwo");
        refused(() -> policy.team(RiskTier.RED, DAY, List.of(1L, 1L), Set.of(1L, 2L)), "patrol.shift.redNeedsTwo");
        assertThat(policy.team(RiskTier.RED, DAY, List.of(2L, 1L), Set.of(1L, 2L))).containsExactly(2L, 1L);
        refused(() -> policy.team(RiskTier.GREEN, DAY, Arrays.asList((Long) null), Set.of(1L)), "patrol.shift.empty");
        refused(() -> policy.team(RiskTier.YELLOW, DAY, null, Set.of(1L)), "patrol.shift.empty");
        assertThat(policy.team(RiskTier.GREEN, DAY, List.of(1L), Set.of(1L))).containsExactly(1L);
    }

    @Test
    void onlyFitVolunteersOnADayStandOnAShift() {
        ShiftPolicy policy = new ShiftPolicy();
        refused(() -> policy.team(RiskTier.RED, DAY, List.of(1L, 3L), Set.of(1L, 2L)), "patrol.shift.notFit");
        refused(() -> policy.team(RiskTier.GREEN, null, List.of(1L), Set.of(1L)), "patrol.shift.day");
    }

    @Test
    void onlyAnActiveVolunteerChecksInAndOnlyAPlaceOnTheGlobeIsKept() {
        CheckInPolicy policy = new CheckInPolicy();
        refused(() -> policy.arrival(Optional.empty(), null, null), "patrol.notAVolunteer");
        refused(() -> policy.arrival(Optional.of(volunteer(VolunteerStatus.values()[VolunteerStatus.values().length - 1])),
                null, null), "patrol.notAVolunteer");
        VolunteerSummary active = volunteer(VolunteerStatus.ACTIVE);
        CheckInPolicy.Arrival there = policy.arrival(Optional.of(active), new BigDecimal("38.9"), new BigDecimal("108.9"));
        assertThat(there.latitude()).isEqualByComparingTo("38.9");
        assertThat(policy.arrival(Optional.of(active), new BigDecimal("91"), new BigDecimal("108.9")).latitude()).isNull();
        assertThat(policy.arrival(Optional.of(active), new BigDecimal("38.9"), null).latitude()).isNull();
    }

    @Test
    void aSecondCheckOutIsRefused() {
        CheckOutPolicy policy = new CheckOutPolicy();
        policy.check(patrol(null));
        refused(() -> policy.check(patrol(AT.plusHours(1))), "patrol.checkOut.twice");
        refused(() -> policy.changed(0), "patrol.checkOut.twice");
        policy.changed(1);
    }

    @Test
    void aHazardIsClosedOnceWithAResolution() {
        HazardClosingPolicy policy = new HazardClosingPolicy();
        assertThat(policy.resolution(hazard(true), "  已加装护栏 ")).isEqualTo("已加装护栏");
        refused(() -> policy.resolution(hazard(false), "已加装护栏"), "patrol.hazard.closed");
        refused(() -> policy.resolution(hazard(true), "  "), "patrol.hazard.resolution");
        refused(() -> policy.resolution(hazard(true), null), "patrol.hazard.resolution");
        refused(() -> policy.resolution(hazard(true), "字".repeat(1001)), "patrol.hazard.resolution");
        assertThat(policy.resolution(hazard(true), "字".repeat(1000))).as("exactly the longest").hasSize(1000);
    }

    @Test
    void theEdgesOfTheGlobeAreStillOnIt() {
        CheckInPolicy policy = new CheckInPolicy();
        VolunteerSummary active = volunteer(VolunteerStatus.ACTIVE);
        var edge = policy.arrival(Optional.of(active), new BigDecimal("-90"), new BigDecimal("180"));
        assertThat(edge.latitude()).isEqualByComparingTo("-90");
        assertThat(edge.longitude()).isEqualByComparingTo("180");
        assertThat(policy.arrival(Optional.of(active), new BigDecimal("38.9"), new BigDecimal("180.01")).longitude())
                .isNull();
        assertThat(policy.arrival(Optional.of(active), new BigDecimal("90.01"), new BigDecimal("108.9")).longitude())
                .as("both or neither").isNull();
    }

    @Test
    void aSeasonLiesInItsYearAndAsksAtMostDaily() {
        SeasonPolicy policy = new SeasonPolicy();
        policy.check(Season.standard(2026));
        refused(() -> policy.check(new Season(2026, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 6, 1), 7, 3, 1, 0)),
                "patrol.season.invalid");
        refused(() -> policy.check(new Season(2026, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 8, 1), 7, 3, 1, 0)),
                "patrol.season.invalid");
        refused(() -> policy.check(new Season(2026, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 1), 8, 3, 1, 0)),
                "patrol.season.invalid");
        refused(() -> policy.check(new Season(2026, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 1), 7, -1, 1, 0)),
                "patrol.season.invalid");
        // the edges: none a week, daily, a season of one day, the last day of the year
        policy.check(new Season(2026, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), 0, 7, 0, 0));
        policy.check(new Season(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7, 7, 7, 0));
        refused(() -> policy.check(new Season(2026, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 1), 7, 3, 1, 0)),
                "patrol.season.invalid");
    }

    private static VolunteerSummary volunteer(VolunteerStatus status) {
        return new VolunteerSummary(7, 1, "/1/", 70L, "巴特尔", "男", "蒙古族", LocalDate.of(1952, 5, 6), 74, null, null,
                false, null, Set.of(), Set.of(), null, true, null, DAY, status, 0);
    }

    private static PatrolView patrol(LocalDateTime checkedOutAt) {
        return new PatrolView(1, 2, "巴嘎淖尔", 3, 7, "巴特尔", AT, null, null, checkedOutAt, null, null, null);
    }

    private static HazardView hazard(boolean open) {
        return new HazardView(1, 2, 3, "巴嘎淖尔", 4, HazardType.values()[0], Severity.values()[0], "南岸无护栏", false, AT,
                open, open ? null : AT.plusDays(1), open ? null : "manager", open ? null : "已处理", 0);
    }
}
