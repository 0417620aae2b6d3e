package com.carenext.volunteer;

import com.carenext.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** Active volunteers of the subtree whose next visit falls within the coming week or has passed, most overdue first. */
    @Transactional(readOnly = true)
    public List<DueVisit> due(Actor actor) {
        actor.require(Volunteers.READERS);
        Map<Long, LocalDate> last = new HashMap<>();
        jdbc.sql("""
                        SELECT volunteer_id, MAX(visited_on) FROM care_visit WHERE organization_path LIKE :scope
                        GROUP BY volunteer_id""")
                .param("scope", actor.scopePattern())
                .query(rs -> {
                    last.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        LocalDate today = LocalDate.now(clock);
        List<DueVisit> due = new ArrayList<>();
        for (VolunteerSummary volunteer : volunteers.active(actor)) {
            LocalDate lastVisit = last.get(volunteer.id());
            int days = intervalFor(volunteer.age());
            LocalDate since = lastVisit != null ? lastVisit : volunteer.joinedOn();
            LocalDate dueOn = since == null ? today : since.plusDays(days);
            if (!dueOn.isAfter(today.plusDays(LOOK_AHEAD_DAYS))) {
                due.add(new DueVisit(volunteer, lastVisit, days, dueOn, dueOn.isBefore(today)));
            }
        }
        due.sort(Comparator.comparing(DueVisit::dueOn).thenComparing(d -> d.volunteer().name()));
        return due;
    }
}
