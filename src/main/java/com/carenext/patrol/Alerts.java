package com.carenext.patrol;

import static com.carenext.patrol.PatrolAccess.READERS;

import com.carenext.shared.Actor;
import com.carenext.shared.Paged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for other modules: what the town must look at now — patrols open too long, hazards still open,
 * water bodies behind this week — for readers of the caller's subtree.
 */
@Service
@Transactional(readOnly = true)
public class Alerts {

    private final JdbcClient jdbc;
    private final Seasons seasons;
    private final CoverageReport coverage;
    private final Clock clock;
    private final int openAlertHours;

    Alerts(JdbcClient jdbc, Seasons seasons, CoverageReport coverage, Clock clock,
           @Value("${carenext.patrol.open-alert-hours:3}") int openAlertHours) {
        this.jdbc = jdbc;
        this.seasons = seasons;
        this.coverage = coverage;
        this.clock = clock;
        this.openAlertHours = openAlertHours;
    }

    /** Patrols open too long on one page of the alerts. */
    public static final int OPEN_PAGE = 50;

    private static final String OPEN_TOO_LONG =
            " WHERE p.checked_out_at IS NULL AND p.checked_in_at < :limit AND p.organization_path LIKE :scope";

    /** The counts behind the alerts for a dashboard, each one SQL count over the whole subtree (never capped). */
    public OpenCounts openCounts(Actor actor) {
        actor.require(READERS);
        return new OpenCounts(openAlertHours, openTooLongCount(actor, openSince()), openHazards(actor));
    }

    private long openTooLongCount(Actor actor, Timestamp since) {
        return jdbc.sql("SELECT COUNT(*) FROM patrol p" + OPEN_TOO_LONG)
                .param("limit", since).param("scope", actor.scopePattern()).query(Long.class).single();
    }

    private long openHazards(Actor actor) {
        return jdbc.sql("SELECT COUNT(*) FROM hazard WHERE status = 'OPEN' AND organization_path LIKE :scope")
                .param("scope", actor.scopePattern()).query(Long.class).single();
    }

    private Timestamp openSince() {
        return Timestamp.valueOf(LocalDateTime.now(clock).withNano(0).minusHours(openAlertHours));
    }

    /**
     * The alerts, with one page ({@value #OPEN_PAGE}, the longest open first) of the patrols open too long and the
     * number of them all; the open hazards as a count (they are listed on /hazards).
     */
    public PatrolAlerts alerts(Actor actor, int openPage) {
        actor.require(READERS);
        Timestamp since = openSince();
        List<PatrolView> rows = jdbc.sql(PatrolLog.SELECT + OPEN_TOO_LONG
                        + " ORDER BY p.checked_in_at, p.id OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY")
                .param("limit", since).param("scope", actor.scopePattern())
                .param("offset", Paged.offset(openPage, OPEN_PAGE)).param("size", OPEN_PAGE)
                .query(PatrolLog.ROW).list();
        Paged<PatrolView> openTooLong = new Paged<>(rows, Math.max(0, openPage), OPEN_PAGE, openTooLongCount(actor, since));
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        Season season = seasons.season(actor, today.getYear());
        List<Coverage.Line> behind = new ArrayList<>();
        if (season.contains(today) || season.contains(monday)) {
            // daily tiers: the days so far; weekly tiers: the whole week's requirement against what is done
            // one read of the week's patrols serves both views (no query or search per water body)
            CoverageReport.Patrolled week = coverage.patrolled(actor, monday, sunday);
            java.util.Map<Long, Coverage.Line> soFarLines = new java.util.HashMap<>();
            Coverage.of(season, monday, today, today, week.bodies(), week.days())
                    .forEach(line -> soFarLines.put(line.body().id(), line));
            for (Coverage.Line line : Coverage.of(season, monday, sunday, sunday, week.bodies(), week.days())) {
                Coverage.Line soFar = line.perWeek() >= Season.DAILY
                        ? soFarLines.getOrDefault(line.body().id(), line) : line;
                if (soFar.done() < soFar.required()) {
                    behind.add(soFar);
                }
            }
        }
        return new PatrolAlerts(openAlertHours, openTooLong, openHazards(actor), behind);
    }
}
