package com.carenext.report;

import java.time.LocalDate;
import java.time.YearMonth;

/** The list pages behind the dashboard's figures, with the filters of one organization and year. */
record DashboardLinks(long organizationId, int year) {

    String dashboard(long otherOrganizationId) {
        return "/?organizationId=" + otherOrganizationId + "&year=" + year;
    }

    String activities(String type) {
        return activities(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), type);
    }

    String activitiesOfMonth(int month) {
        YearMonth chosen = YearMonth.of(year, month);
        return activities(chosen.atDay(1), chosen.atEndOfMonth(), null);
    }

    private String activities(LocalDate from, LocalDate to, String type) {
        return "/activities?organizationId=" + organizationId + "&from=" + from + "&to=" + to
                + (type == null ? "" : "&type=" + type);
    }

    String activitiesOf(long unitId) {
        return new DashboardLinks(unitId, year).activities(null);
    }

    String coverage() {
        return "/patrol/coverage?from=" + year + "-01-01&to=" + year + "-12-31";
    }

    String patrols() {
        return "/patrol";
    }

    String hazards(boolean open) {
        return "/hazards?open=" + open;
    }

    String adoptedArticles() {
        return "/publicity/articles?status=ADOPTED";
    }

    String assessment() {
        return "/publicity/assessment?year=" + year;
    }

    String study() {
        return "/study-sessions/figures?year=" + year;
    }

    String volunteers(String category) {
        return volunteersOf(organizationId) + (category == null ? "" : "&category=" + category);
    }

    String volunteersOf(long unitId) {
        return "/volunteers?status=ACTIVE&organizationId=" + unitId;
    }

    String statistics() {
        return "/volunteers/statistics";
    }

    /** The scorecard ranking of the units under {@code unitId}. */
    String scorecardsOf(long unitId) {
        return "/scorecards?organizationId=" + unitId + "&year=" + year;
    }

    String plan(long planId) {
        return "/plans/" + planId;
    }

    String section(long planId, long sectionId) {
        return plan(planId) + "#section-" + sectionId;
    }
}
