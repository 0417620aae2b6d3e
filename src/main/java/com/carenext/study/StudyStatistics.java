package com.carenext.study;

import static com.carenext.study.StudySessions.READERS;
import static com.carenext.study.StudySessions.ancestorsOrSelf;
import static com.carenext.study.StudySessions.yearStart;

import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Paged;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Volunteers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Study figures of a year for the caller's subtree: per person, per organization, and who had no study. */
@Service
public class StudyStatistics {

    /** Rows on one page of the "no study this quarter" list. */
    public static final int WITHOUT_STUDY_PAGE = 100;

    /** People on one page of the per-person figures. */
    public static final int PEOPLE_PAGE = 100;

    private final Volunteers volunteers;
    private final JdbcClient jdbc;
    private final Clock clock;

    StudyStatistics(Volunteers volunteers, JdbcClient jdbc, Clock clock) {
        this.volunteers = volunteers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One page ({@value #PEOPLE_PAGE} people, by organization and name) of the active volunteers of the caller's
     * subtree with their sessions attended and hours in a year and their participation rate, and the exact number of
     * people on all pages: the people come paged from the volunteer module, their attendance in one grouped query.
     */
    @Transactional(readOnly = true)
    public Paged<StudyFigures> perPerson(Actor actor, int year, int page) {
        actor.require(READERS);
        Paged<VolunteerSummary> people = volunteers.activePage(actor, page, PEOPLE_PAGE);
        record Attended(int sessions, BigDecimal hours) {
        }
        var attended = new java.util.HashMap<Long, Attended>();
        List<Long> ids = people.rows().stream().map(VolunteerSummary::id).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                            SELECT a.volunteer_id, COUNT(*), SUM(s.hours) FROM attendance a
                            JOIN study_session s ON s.id = a.study_session_id
                            WHERE a.volunteer_id IN (:ids) AND a.organization_path LIKE :scope
                              AND s.starts_at >= :from AND s.starts_at < :to
                            GROUP BY a.volunteer_id""")
                    .param("ids", ids).param("scope", actor.scopePattern()).param("from", yearStart(year))
                    .param("to", yearStart(year + 1))
                    .query(rs -> {
                        attended.put(rs.getLong(1), new Attended(rs.getInt(2), rs.getBigDecimal(3)));
                    });
        }
        var openByPath = openSessionsByPath(actor, year);
        return people.map(volunteer -> {
            Attended row = attended.getOrDefault(volunteer.id(), new Attended(0, BigDecimal.ZERO));
            int open = openByPath.entrySet().stream()
                    .filter(entry -> volunteer.organizationPath().startsWith(entry.getKey()))
                    .mapToInt(java.util.Map.Entry::getValue).sum();
            int count = row.sessions();
            return new StudyFigures(volunteer.id(), volunteer.name(), count, row.hours(), open,
                    open == 0 ? 0 : Math.min(100, count * 100 / open));
        });
    }

    /** Units on one page of the per-organization figures. */
    public static final int ORGANIZATIONS_PAGE = 50;

    /**
     * One page ({@value #ORGANIZATIONS_PAGE} units, most attendances first) of the units of the caller's subtree that
     * had attendances in the year: attendances, hours and the share of its active 五老 who came, with the exact number
     * of such units on all pages (a region has thousands; none is cut).
     */
    @Transactional(readOnly = true)
    public Paged<StudyFigures> perOrganization(Actor actor, int year, int page) {
        actor.require(READERS);
        List<StudyFigures> figures = new ArrayList<>();
        // The active 五老 per unit are counted beside the attendance in the same statement, for every unit shown
        // (the 五老 statistics hold only the 50 largest units: a smaller unit's rate read 0 % from them).
        jdbc.sql("""
                        SELECT f.organization_id, f.n, f.hours, f.attending, COALESCE(v.active, 0) FROM (
                            SELECT a.organization_id, COUNT(*) AS n, SUM(s.hours) AS hours,
                                   COUNT(DISTINCT a.volunteer_id) AS attending
                            FROM attendance a JOIN study_session s ON s.id = a.study_session_id
                            WHERE a.organization_path LIKE :scope AND s.starts_at >= :from AND s.starts_at < :to
                            GROUP BY a.organization_id
                            ORDER BY n DESC, a.organization_id OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY) f
                        LEFT JOIN (SELECT organization_id, COUNT(*) AS active FROM volunteer
                                   WHERE organization_path LIKE :scope AND status = 'ACTIVE'
                                   GROUP BY organization_id) v ON v.organization_id = f.organization_id
                        ORDER BY f.n DESC, f.organization_id""")
                .param("scope", actor.scopePattern()).param("from", yearStart(year)).param("to", yearStart(year + 1))
                .param("offset", Paged.offset(page, ORGANIZATIONS_PAGE)).param("size", ORGANIZATIONS_PAGE)
                .query(rs -> {
                    int people = rs.getInt(5);
                    figures.add(new StudyFigures(rs.getLong(1), null, rs.getInt(2), rs.getBigDecimal(3), people,
                            people == 0 ? 0 : Math.min(100, rs.getInt(4) * 100 / people)));
                });
        long units = jdbc.sql("""
                        SELECT COUNT(DISTINCT a.organization_id) FROM attendance a
                        JOIN study_session s ON s.id = a.study_session_id
                        WHERE a.organization_path LIKE :scope AND s.starts_at >= :from AND s.starts_at < :to""")
                .param("scope", actor.scopePattern()).param("from", yearStart(year)).param("to", yearStart(year + 1))
                .query(Long.class).single();
        return new Paged<>(figures, Math.max(0, page), ORGANIZATIONS_PAGE, units);
    }

    /** Active volunteers of the caller's subtree who attended no session in the given quarter (the first page). */
    @Transactional(readOnly = true)
    public List<VolunteerSummary> withoutStudy(Actor actor, int year, int quarter) {
        return withoutStudy(actor, year, quarter, null);
    }

    /**
     * One page ({@value #WITHOUT_STUDY_PAGE}, by id after {@code after}) of the active volunteers who attended no
     * session in the quarter: an anti-join in SQL (volunteer ids only; their details come from the volunteer
     * module), so no list is capped or held in memory.
     */
    @Transactional(readOnly = true)
    public List<VolunteerSummary> withoutStudy(Actor actor, int year, int quarter, Long after) {
        actor.require(READERS);
        List<Long> ids = jdbc.sql("SELECT v.id" + withoutStudySql() + " AND v.id > :after ORDER BY v.id FETCH FIRST "
                        + WITHOUT_STUDY_PAGE + " ROWS ONLY")
                .params(quarterParams(actor, year, quarter)).param("after", after == null ? 0L : after)
                .query(Long.class).list();
        return volunteers.activeAmong(actor, ids);
    }

    /** How many active volunteers of the subtree attended no session in the quarter (all pages). */
    @Transactional(readOnly = true)
    public int withoutStudyCount(Actor actor, int year, int quarter) {
        actor.require(READERS);
        return jdbc.sql("SELECT COUNT(*)" + withoutStudySql()).params(quarterParams(actor, year, quarter))
                .query(Integer.class).single();
    }

    /** Reads the volunteer module's table for ids only (status and scope), the one place study joins it. */
    private static String withoutStudySql() {
        return " " + """
                FROM volunteer v WHERE v.organization_path LIKE :scope AND v.status = 'ACTIVE' AND NOT EXISTS (
                  SELECT 1 FROM attendance a JOIN study_session s ON s.id = a.study_session_id
                  WHERE a.volunteer_id = v.id AND s.starts_at >= :from AND s.starts_at < :to)""";
    }

    private static java.util.Map<String, Object> quarterParams(Actor actor, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new BusinessRuleException("study.quarter.invalid");
        }
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        return java.util.Map.of("scope", actor.scopePattern(), "from", from.atStartOfDay(),
                "to", from.plusMonths(3).atStartOfDay());
    }

    /** Sessions held so far in the year, counted by organizer path (subtree and ancestors of the actor). */
    private java.util.Map<String, Integer> openSessionsByPath(Actor actor, int year) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        LocalDateTime end = LocalDateTime.now(clock).isBefore(yearStart(year + 1)) ? LocalDateTime.now(clock)
                : yearStart(year + 1);
        jdbc.sql("""
                        SELECT organization_path, COUNT(*) FROM study_session
                        WHERE (organization_path LIKE :scope OR organization_path IN (:ancestors))
                          AND starts_at >= :from AND starts_at < :to GROUP BY organization_path""")
                .param("scope", actor.scopePattern()).param("ancestors", ancestorsOrSelf(actor.scopePath()))
                .param("from", yearStart(year)).param("to", end)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }
}
