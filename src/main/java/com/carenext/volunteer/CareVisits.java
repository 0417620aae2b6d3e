package com.carenext.volunteer;

import com.carenext.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care visits (关爱走访) and their cadence: every volunteer is visited every {@code interval} days, the elderly
 * (from {@code elderlyAge}) every {@code elderlyInterval} days; the "due and overdue" list shows who is next.
 */
@Service
@Transactional
public class CareVisits {

    static final String ENTITY = "CareVisit";
    /** How far ahead the due list looks, so that visits can be planned. */
    static final int LOOK_AHEAD_DAYS = 7;
    /** Rows on one page of the due list. */
    public static final int DUE_PAGE = 100;

    private final CareVisitRepository repository;
    private final Volunteers volunteers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int interval;
    private final int elderlyInterval;
    private final int elderlyAge;

    CareVisits(CareVisitRepository repository, Volunteers volunteers, JdbcClient jdbc, Clock clock,
               @Value("${carenext.care.interval-days:90}") int interval,
               @Value("${carenext.care.elderly-interval-days:30}") int elderlyInterval,
               @Value("${carenext.care.elderly-age:80}") int elderlyAge) {
        this.repository = repository;
        this.volunteers = volunteers;
        this.jdbc = jdbc;
        this.clock = clock;
        this.interval = interval;
        this.elderlyInterval = elderlyInterval;
        this.elderlyAge = elderlyAge;
    }

    public CareVisitView record(Actor actor, long volunteerId, VisitDraft draft) {
        actor.require(Volunteers.KEEPERS);
        VolunteerSummary volunteer = volunteers.get(actor, volunteerId);
        return repository.save(CareVisit.of(volunteer, draft, clock.instant())).view();
    }

    @Transactional(readOnly = true)
    public List<CareVisitView> of(Actor actor, long volunteerId) {
        actor.require(Volunteers.READERS);
        volunteers.get(actor, volunteerId);
        return jdbc.sql("SELECT * FROM care_visit WHERE volunteer_id = :id ORDER BY visited_on DESC, id DESC")
                .param("id", volunteerId)
                .query((rs, n) -> new CareVisitView(rs.getLong("id"), rs.getLong("volunteer_id"),
                        rs.getObject("visited_on", LocalDate.class), rs.getString("visitor"),
                        rs.getString("physical_condition"), rs.getString("mental_condition"), rs.getString("needs"),
                        rs.getString("follow_up")))
                .list();
    }

    /** The days between visits for a person of this age. */
    int intervalFor(Integer age) {
        return age != null && age >= elderlyAge ? elderlyInterval : interval;
    }

    /** Active volunteers of the subtree whose next visit falls within the coming week or has passed, most overdue first (the first page). */
    @Transactional(readOnly = true)
    public List<DueVisit> due(Actor actor) {
        return due(actor, 0);
    }

    /**
     * One page ({@value #DUE_PAGE} rows) of the due list, most overdue first; computed in one SQL query (the last
     * visit per volunteer, the cadence by age and the due day), so no list is capped and nothing is held in memory.
     */
    @Transactional(readOnly = true)
    public List<DueVisit> due(Actor actor, int page) {
        actor.require(Volunteers.READERS);
        DueQuery query = dueQuery(actor);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT * FROM (" + query.sql() + ") d WHERE d.due_on <= :horizon"
                        + " ORDER BY d.due_on, d.name, d.id OFFSET :offset ROWS FETCH FIRST :n ROWS ONLY")
                .params(query.params()).param("offset", Math.max(0, page) * DUE_PAGE).param("n", DUE_PAGE)
                .query((rs, n) -> {
                    LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
                    return new DueVisit(volunteers.summary(rs, n), rs.getObject("last_visit", LocalDate.class),
                            rs.getInt("interval_days"), dueOn, dueOn.isBefore(today));
                })
                .list();
    }

    /** How many volunteers the due list holds (all pages). */
    @Transactional(readOnly = true)
    public int dueCount(Actor actor) {
        actor.require(Volunteers.READERS);
        DueQuery query = dueQuery(actor);
        return jdbc.sql("SELECT COUNT(*) FROM (" + query.sql() + ") d WHERE d.due_on <= :horizon")
                .params(query.params()).query(Integer.class).single();
    }

    private record DueQuery(String sql, Map<String, Object> params) {
    }

    /** The active volunteers of the scope with their last visit, cadence and due day (a visit never made: today). */
    private DueQuery dueQuery(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>();
        params.put("scope", actor.scopePattern());
        params.put("today", today);
        params.put("horizon", today.plusDays(LOOK_AHEAD_DAYS));
        params.put("elderBorn", today.minusYears(elderlyAge));
        // the cadences are configured integers, written as literals so that both databases type the sum as a date
        String cadence = "CASE WHEN v.birth_date <= CAST(:elderBorn AS DATE) THEN " + elderlyInterval + " ELSE "
                + interval + " END";
        String since = "COALESCE(lv.last_visit, v.joined_on)";
        return new DueQuery("""
                SELECT v.*, lv.last_visit, %s AS interval_days,
                  CASE WHEN %s IS NULL THEN CAST(:today AS DATE) ELSE %s + %s END AS due_on
                FROM volunteer v LEFT JOIN (SELECT volunteer_id, MAX(visited_on) AS last_visit FROM care_visit
                  WHERE organization_path LIKE :scope GROUP BY volunteer_id) lv ON lv.volunteer_id = v.id
                WHERE v.organization_path LIKE :scope AND v.status = 'ACTIVE'""".formatted(cadence, since, since,
                cadence), params);
    }
}
