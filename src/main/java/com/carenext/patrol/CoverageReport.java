package com.carenext.patrol;

import static com.carenext.patrol.PatrolAccess.READERS;

import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Required against done patrols per water body over a period, with the gaps; the week's figures. */
@Service
@Transactional(readOnly = true)
class CoverageReport {

    /** A patrol done at a water body on a day. */
    /** The completed patrols of one water body on one day. */
    record Visit(long waterBodyId, LocalDate day, int patrols) {
        static final RowMapper<Visit> MAPPER = (rs, n) -> new Visit(rs.getLong("water_body_id"),
                rs.getDate("patrol_day").toLocalDate(), rs.getInt("patrols"));
    }

    private final JdbcClient jdbc;
    private final WaterBodies waterBodies;
    private final Seasons seasons;
    private final Organizations organizations;
    private final Clock clock;

    CoverageReport(JdbcClient jdbc, WaterBodies waterBodies, Seasons seasons, Organizations organizations,
                   Clock clock) {
        this.jdbc = jdbc;
        this.waterBodies = waterBodies;
        this.seasons = seasons;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Required against done patrols per water body of the caller's subtree over a period, with the gaps. */
    List<Coverage.Line> coverage(Actor actor, LocalDate from, LocalDate to) {
        actor.require(READERS);
        if (to.isBefore(from) || from.getYear() != to.getYear()) {
            throw new BusinessRuleException("patrol.coverage.period");
        }
        return coverage(actor, seasons.season(actor, from.getYear()), from, to, LocalDate.now(clock));
    }

    List<Coverage.Line> coverage(Actor actor, Season season, LocalDate from, LocalDate to, LocalDate asOf) {
        Patrolled patrolled = patrolled(actor, from, to);
        return Coverage.of(season, from, to, asOf, patrolled.bodies(), patrolled.days());
    }

    /** Every water body of the scope (no cap) and the days of its completed patrols in a period: three queries. */
    record Patrolled(List<Coverage.Body> bodies, Map<Long, List<LocalDate>> days) {
    }

    Patrolled patrolled(Actor actor, LocalDate from, LocalDate to) {
        List<WaterBodyView> all = waterBodies.all(actor);
        Map<Long, String> names = organizations.names(all.stream().map(WaterBodyView::organizationId)
                .collect(Collectors.toSet()));
        List<Coverage.Body> bodies = all.stream()
                .map(b -> new Coverage.Body(b.id(), b.name(), names.getOrDefault(b.organizationId(), ""), b.riskTier()))
                .toList();
        Map<Long, List<LocalDate>> days = new HashMap<>();
        // Counted per body and day in the database: a season's patrols come back as at most one row per body-day.
        jdbc.sql("""
                        SELECT water_body_id, CAST(checked_in_at AS DATE) AS patrol_day, COUNT(*) AS patrols FROM patrol
                        WHERE organization_path LIKE :scope AND checked_out_at IS NOT NULL
                          AND checked_in_at >= :from AND checked_in_at < :to
                        GROUP BY water_body_id, CAST(checked_in_at AS DATE)""")
                .param("scope", actor.scopePattern()).param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay())).withFetchSize(500)
                .query(Visit.MAPPER).list()
                .forEach(visit -> days.computeIfAbsent(visit.waterBodyId(), k -> new ArrayList<>())
                        .addAll(java.util.Collections.nCopies(visit.patrols(), visit.day())));
        return new Patrolled(bodies, days);
    }

    WeekFigures weekFigures(Actor actor, LocalDate from, LocalDate to) {
        actor.require(READERS);
        return jdbc.sql("""
                        SELECT COUNT(*) AS patrols, COALESCE(SUM(dissuaded), 0) AS dissuaded,
                          (SELECT COUNT(*) FROM hazard WHERE organization_path LIKE :scope
                             AND reported_at >= :from AND reported_at < :to) AS hazards
                        FROM patrol WHERE organization_path LIKE :scope AND checked_out_at IS NOT NULL
                          AND checked_in_at >= :from AND checked_in_at < :to""")
                .param("scope", actor.scopePattern()).param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query((rs, n) -> new WeekFigures(rs.getInt("patrols"), rs.getInt("dissuaded"), rs.getInt("hazards")))
                .single();
    }
}
