package com.carenext.patrol;

import static com.carenext.patrol.PatrolAccess.KEEPERS;
import static com.carenext.patrol.PatrolAccess.READERS;

import com.carenext.shared.Actor;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Patrollers;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The summer rota: who patrols which water body on which day. */
@Service
@Transactional
class Rota {

    /** One row of a shift joined with one of its members (none: a null name). */
    record ShiftRow(long shiftId, long waterBodyId, String waterBodyName, RiskTier tier, LocalDate day,
                    String volunteerName) {
        static final RowMapper<ShiftRow> MAPPER = (rs, n) -> new ShiftRow(rs.getLong("id"), rs.getLong("water_body_id"),
                rs.getString("name"), RiskTier.valueOf(rs.getString("risk_tier")),
                rs.getObject("shift_date", LocalDate.class), rs.getString("volunteer_name"));
    }

    private final JdbcClient jdbc;
    private final WaterBodies waterBodies;
    private final Patrollers patrollers;
    private final Clock clock;
    private final ShiftPolicy policy = new ShiftPolicy();

    Rota(JdbcClient jdbc, WaterBodies waterBodies, Patrollers patrollers, Clock clock) {
        this.jdbc = jdbc;
        this.waterBodies = waterBodies;
        this.patrollers = patrollers;
        this.clock = clock;
    }

    /**
     * Puts volunteers on a water body for a day (replacing that day's shift), as {@link ShiftPolicy} allows.
     */
    ShiftView assign(Actor actor, long waterBodyId, LocalDate day, List<Long> volunteerIds) {
        actor.require(KEEPERS);
        WaterBodyView body = waterBodies.get(actor, waterBodyId);
        // only the chosen are checked (one query), however many are fit under the organization
        Map<Long, VolunteerSummary> fit = patrollers.among(actor, body.organizationId(),
                        volunteerIds == null ? List.of() : volunteerIds).stream()
                .collect(Collectors.toMap(VolunteerSummary::id, Function.identity()));
        Set<Long> team = policy.team(body.riskTier(), day, volunteerIds, fit.keySet());
        jdbc.sql("SELECT id FROM patrol_shift WHERE water_body_id = :w AND shift_date = :d")
                .param("w", waterBodyId).param("d", day).query(Long.class).optional().ifPresent(existing -> {
                    jdbc.sql("DELETE FROM patrol_shift_member WHERE patrol_shift_id = :s").param("s", existing).update();
                    jdbc.sql("DELETE FROM patrol_shift WHERE id = :s").param("s", existing).update();
                });
        long shiftId = Inserts.id(jdbc.sql("""
                        INSERT INTO patrol_shift (water_body_id, organization_id, organization_path, shift_date,
                          assigned_by, assigned_at) VALUES (:w, :org, :path, :d, :by, :at)""")
                .param("w", waterBodyId).param("org", body.organizationId()).param("path", body.organizationPath())
                .param("d", day).param("by", actor.username())
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock).withNano(0))));
        for (Long id : team) {
            VolunteerSummary volunteer = fit.get(id);
            jdbc.sql("""
                            INSERT INTO patrol_shift_member (patrol_shift_id, volunteer_id, volunteer_name, user_id)
                            VALUES (:s, :v, :name, :u)""")
                    .param("s", shiftId).param("v", id).param("name", volunteer.name())
                    .param("u", volunteer.userId()).update();
        }
        return shifts("s.id = :key", Map.of("key", shiftId)).get(0);
    }

    /** The shifts of the caller's subtree in a period (the rota). */
    @Transactional(readOnly = true)
    List<ShiftView> rota(Actor actor, LocalDate from, LocalDate to) {
        actor.require(READERS);
        return shifts("s.organization_path LIKE :scope AND s.shift_date BETWEEN :from AND :to",
                Map.of("scope", actor.scopePattern(), "from", from, "to", to));
    }

    /** Shifts on one page of the overview's rota. */
    static final int PAGE = 50;

    /**
     * One page ({@value #PAGE}, by day and water body) of the shifts of the caller's subtree in a period, with the
     * number of all: a region has thousands a week.
     */
    @Transactional(readOnly = true)
    com.carenext.shared.Paged<ShiftView> rota(Actor actor, LocalDate from, LocalDate to, int page) {
        actor.require(READERS);
        Map<String, Object> params = Map.of("scope", actor.scopePattern(), "from", from, "to", to,
                "offset", com.carenext.shared.Paged.offset(page, PAGE), "size", PAGE);
        List<ShiftView> rows = shifts("""
                s.id IN (SELECT p.id FROM patrol_shift p JOIN water_body b ON b.id = p.water_body_id
                  WHERE p.organization_path LIKE :scope AND p.shift_date BETWEEN :from AND :to
                  ORDER BY p.shift_date, b.name, p.id OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY)""", params);
        long all = jdbc.sql("""
                        SELECT COUNT(*) FROM patrol_shift
                        WHERE organization_path LIKE :scope AND shift_date BETWEEN :from AND :to""")
                .param("scope", actor.scopePattern()).param("from", from).param("to", to).query(Long.class).single();
        return new com.carenext.shared.Paged<>(rows, Math.max(0, page), PAGE, all);
    }

    /** The shifts of one water body of the caller's subtree in a period (its page), read for it alone. */
    @Transactional(readOnly = true)
    List<ShiftView> rotaAt(Actor actor, long waterBodyId, LocalDate from, LocalDate to) {
        actor.require(READERS);
        return shifts("s.water_body_id = :w AND s.organization_path LIKE :scope AND s.shift_date BETWEEN :from AND :to",
                Map.of("w", waterBodyId, "scope", actor.scopePattern(), "from", from, "to", to));
    }

    /** The volunteer's own shifts from today on. */
    @Transactional(readOnly = true)
    List<ShiftView> myShifts(Actor actor) {
        return shifts("s.shift_date >= :today AND s.id IN (SELECT patrol_shift_id FROM patrol_shift_member WHERE user_id = :u)",
                Map.of("today", LocalDate.now(clock), "u", actor.userId()));
    }

    private List<ShiftView> shifts(String where, Map<String, ?> params) {
        Map<Long, ShiftView> shifts = new LinkedHashMap<>();
        for (ShiftRow row : jdbc.sql("""
                        SELECT s.id, s.water_body_id, w.name, w.risk_tier, s.shift_date, m.volunteer_name
                        FROM patrol_shift s JOIN water_body w ON w.id = s.water_body_id
                        LEFT JOIN patrol_shift_member m ON m.patrol_shift_id = s.id WHERE """ + " " + where
                        + " ORDER BY s.shift_date, w.name, s.id, m.volunteer_name")
                .params(params).query(ShiftRow.MAPPER).list()) {
            ShiftView shift = shifts.computeIfAbsent(row.shiftId(), id -> new ShiftView(id, row.waterBodyId(),
                    row.waterBodyName(), row.tier(), row.day(), new ArrayList<>()));
            if (row.volunteerName() != null) {
                shift.volunteerNames().add(row.volunteerName());
            }
        }
        return List.copyOf(shifts.values());
    }
}
