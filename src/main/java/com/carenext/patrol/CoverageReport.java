package com.carenext.patrol;

import static com.carenext.patrol.PatrolAccess.READERS;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
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

    /**
     * The organization a report is about: the caller's own, or one of the caller's subtree (a drill-down; 404 outside
     * it), and the caller narrowed to it.
     */
    record Viewed(OrganizationSummary organization, Actor within) {
    }

    Viewed viewed(Actor actor, Long organizationId) {
        OrganizationSummary organization = organizations.get(actor,
                organizationId == null ? actor.organizationId() : organizationId);
        return new Viewed(organization, new Actor(actor.userId(), actor.username(), actor.displayName(),
                organization.id(), organization.name(), organization.path(), actor.roles()));
    }

    /**
     * Required against done patrols per water body over a period, with the gaps: the water bodies of the caller's
     * subtree, or of one organization in it ({@code organizationId}), judged under the caller's season.
     */
    List<Coverage.Line> coverage(Actor actor, Long organizationId, LocalDate from, LocalDate to) {
        return coverageOf(actor, viewed(actor, organizationId), from, to);
    }

    /** The same, for an organization already looked up ({@link #viewed}), e.g. to name it in the export. */
    List<Coverage.Line> coverageOf(Actor actor, Viewed viewed, LocalDate from, LocalDate to) {
        Season season = judgingSeason(actor, from, to);
        return coverage(viewed.within(), season, from, to, LocalDate.now(clock));
    }

    /** {@link #byOrganization(Actor, Season, LocalDate, LocalDate, LocalDate)} for the caller or an organization below. */
    List<OrganizationLine> byOrganization(Actor actor, Long organizationId, LocalDate from, LocalDate to) {
        Season season = judgingSeason(actor, from, to);
        return byOrganization(viewed(actor, organizationId).within(), season, from, to, LocalDate.now(clock));
    }

    /** The caller's season of the period's year; a period is a stretch of days within one year. */
    private Season judgingSeason(Actor actor, LocalDate from, LocalDate to) {
        actor.require(READERS);
        if (to.isBefore(from) || from.getYear() != to.getYear()) {
            throw new BusinessRuleException("patrol.coverage.period");
        }
        return seasons.season(actor, from.getYear());
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

    /** One organization directly below the viewer (or the viewer's own, for bodies kept there): its bodies' coverage. */
    record OrganizationLine(long organizationId, String name, OrganizationType type, int bodies, int covered) {

        public int notCovered() {
            return bodies - covered;
        }
    }

    /**
     * Above town level: one line per organization directly below the caller (and the caller's own organization when
     * water bodies are kept there), with how many of its water bodies are covered over the period under the same
     * rules as the per-body report ({@link Coverage}) — decided and counted in the database, one row per line,
     * whatever the number of patrols. A body is covered when every judged day (daily tier) or every judged week
     * segment (weekly tiers: at least {@code min(per week, days of the segment)} patrols) has its patrols.
     */
    List<OrganizationLine> byOrganization(Actor actor, Season season, LocalDate from, LocalDate to, LocalDate asOf) {
        actor.require(READERS);
        LocalDate start = from.isAfter(season.startsOn()) ? from : season.startsOn();
        LocalDate end = to.isBefore(season.endsOn()) ? to : season.endsOn();
        LocalDate lastJudgedDay = end.isBefore(asOf) ? end : asOf;
        // the judged week segments (a week cut by the period's edges is a segment), as Coverage cuts them
        List<LocalDate> segmentStarts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (LocalDate weekStart = start; !weekStart.isAfter(end); ) {
            LocalDate sunday = weekStart.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
            LocalDate weekEnd = sunday.isBefore(end) ? sunday : end;
            if (!weekEnd.isAfter(asOf)) {
                segmentStarts.add(weekStart);
                lengths.add((int) java.time.temporal.ChronoUnit.DAYS.between(weekStart, weekEnd) + 1);
            }
            weekStart = weekEnd.plusDays(1);
        }
        StringBuilder segment = new StringBuilder(segmentStarts.isEmpty() ? "-1" : "CASE");
        StringBuilder length = new StringBuilder("CASE j.seg");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < segmentStarts.size(); i++) {
            LocalDate next = i + 1 < segmentStarts.size() ? segmentStarts.get(i + 1)
                    : segmentStarts.get(i).plusDays(lengths.get(i));
            segment.append(" WHEN p.checked_in_at < :segmentEnd").append(i).append(" THEN ").append(i);
            params.put("segmentEnd" + i, Timestamp.valueOf(next.atStartOfDay()));
            length.append(" WHEN ").append(i).append(" THEN ").append(lengths.get(i));
        }
        if (!segmentStarts.isEmpty()) {
            segment.append(" ELSE -1 END");
        }
        length.append(" ELSE 0 END");
        String lengthOfSegment = segmentStarts.isEmpty() ? "0" : length.toString();
        long requiredDays = lastJudgedDay.isBefore(start) ? 0
                : java.time.temporal.ChronoUnit.DAYS.between(start, lastJudgedDay) + 1;
        String sql = """
                WITH judged AS (
                    SELECT d.water_body_id, d.seg, COUNT(*) AS done, COUNT(DISTINCT d.patrol_day) AS days
                    FROM (SELECT p.water_body_id, {SEGMENT} AS seg, CAST(p.checked_in_at AS DATE) AS patrol_day
                          FROM patrol p
                          WHERE p.organization_path LIKE :scope AND p.checked_out_at IS NOT NULL
                            AND p.checked_in_at >= :start AND p.checked_in_at < :judgedEnd) d
                    GROUP BY d.water_body_id, d.seg
                ), body AS (
                    SELECT w.id, w.organization_path,
                           CASE w.risk_tier WHEN 'RED' THEN :red WHEN 'YELLOW' THEN :yellow ELSE :green END AS per_week,
                           COALESCE(SUM(j.days), 0) AS days,
                           COALESCE(SUM(CASE WHEN j.seg >= 0 AND j.done >= LEAST({LENGTH},
                               CASE w.risk_tier WHEN 'RED' THEN :red WHEN 'YELLOW' THEN :yellow ELSE :green END)
                               THEN 1 ELSE 0 END), 0) AS weeks_met
                    FROM water_body w LEFT JOIN judged j ON j.water_body_id = w.id
                    WHERE w.organization_path LIKE :scope
                    GROUP BY w.id, w.organization_path, w.risk_tier
                ), placed AS (
                    SELECT CAST(:own AS VARCHAR(1000)) || SUBSTRING(SUBSTRING(b.organization_path FROM :ownLength + 1)
                               FROM 1 FOR POSITION('/' IN SUBSTRING(b.organization_path FROM :ownLength + 1))) AS under,
                           CASE WHEN b.per_week >= :daily THEN CASE WHEN b.days >= :requiredDays THEN 1 ELSE 0 END
                                WHEN b.per_week > 0 THEN CASE WHEN b.weeks_met >= :judgedWeeks THEN 1 ELSE 0 END
                                ELSE 1 END AS covered
                    FROM body b
                )
                SELECT o.id, o.name, o.type, COUNT(*) AS bodies, SUM(x.covered) AS covered
                FROM placed x JOIN organization o ON o.path = x.under
                GROUP BY o.id, o.name, o.type, o.depth, o.sort_order
                ORDER BY o.depth, o.sort_order, o.id"""
                .replace("{SEGMENT}", segment).replace("{LENGTH}", lengthOfSegment);
        return jdbc.sql(sql).params(params)
                .param("scope", actor.scopePattern()).param("own", actor.scopePath())
                .param("ownLength", actor.scopePath().length())
                .param("start", Timestamp.valueOf(start.atStartOfDay()))
                .param("judgedEnd", Timestamp.valueOf(lastJudgedDay.plusDays(1).atStartOfDay()))
                .param("red", season.perWeek(RiskTier.RED)).param("yellow", season.perWeek(RiskTier.YELLOW))
                .param("green", season.perWeek(RiskTier.GREEN)).param("daily", Season.DAILY)
                .param("requiredDays", requiredDays).param("judgedWeeks", segmentStarts.size())
                .query((rs, n) -> new OrganizationLine(rs.getLong("id"), rs.getString("name"),
                        OrganizationType.valueOf(rs.getString("type")), rs.getInt("bodies"), rs.getInt("covered")))
                .list();
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
