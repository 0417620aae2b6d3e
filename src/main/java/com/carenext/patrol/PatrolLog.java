package com.carenext.patrol;

import static com.carenext.patrol.PatrolAccess.PATROL;
import static com.carenext.patrol.PatrolAccess.READERS;

import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.volunteer.Volunteers;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The patrols themselves: a volunteer checks in on the spot and checks out with what was seen; the list. */
@Service
@Transactional
class PatrolLog {

    static final String SELECT = """
            SELECT p.*, w.name AS water_body_name FROM patrol p JOIN water_body w ON w.id = p.water_body_id""";
    static final RowMapper<PatrolView> ROW = (rs, n) -> {
        Timestamp out = rs.getTimestamp("checked_out_at");
        return new PatrolView(rs.getLong("id"), rs.getLong("water_body_id"), rs.getString("water_body_name"),
                rs.getLong("organization_id"), rs.getLong("volunteer_id"), rs.getString("volunteer_name"),
                rs.getTimestamp("checked_in_at").toLocalDateTime(), rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"), out == null ? null : out.toLocalDateTime(),
                rs.getObject("dissuaded", Integer.class), rs.getString("kit_problems"), rs.getString("notes"));
    };

    /** A patrol with what decides who may see it. */
    record PatrolRow(PatrolView view, String organizationPath, long userId) {
        static final RowMapper<PatrolRow> MAPPER = (rs, n) -> new PatrolRow(ROW.mapRow(rs, n),
                rs.getString("organization_path"), rs.getLong("user_id"));
    }

    private final JdbcClient jdbc;
    private final WaterBodies waterBodies;
    private final Hazards hazards;
    private final Volunteers volunteers;
    private final Clock clock;
    private final CheckInPolicy checkInPolicy = new CheckInPolicy();
    private final CheckOutPolicy checkOutPolicy = new CheckOutPolicy();

    PatrolLog(JdbcClient jdbc, WaterBodies waterBodies, Hazards hazards, Volunteers volunteers, Clock clock) {
        this.jdbc = jdbc;
        this.waterBodies = waterBodies;
        this.hazards = hazards;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** The volunteer's open patrol, if any (one at a time). */
    @Transactional(readOnly = true)
    Optional<PatrolView> openPatrol(Actor actor) {
        return jdbc.sql(SELECT + " WHERE p.user_id = :u AND p.checked_out_at IS NULL ORDER BY p.id DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .param("u", actor.userId()).query(ROW).optional();
    }

    /** A volunteer arrives at a water body now, with the location if the phone gave one. */
    PatrolView checkIn(Actor actor, long waterBodyId, BigDecimal latitude, BigDecimal longitude) {
        return checkIn(actor, waterBodyId, latitude, longitude, now());
    }

    /**
     * A volunteer arrived at a water body at the given time. A second open patrol is refused by the database's
     * unique index on open patrols, so two check-ins sent at once cannot both succeed.
     */
    PatrolView checkIn(Actor actor, long waterBodyId, BigDecimal latitude, BigDecimal longitude, LocalDateTime at) {
        actor.require(Role.VOLUNTEER);
        WaterBodyView body = waterBodies.get(actor, waterBodyId);
        CheckInPolicy.Arrival arrival = checkInPolicy.arrival(volunteers.ofUser(actor.userId()), latitude, longitude);
        int inserted = jdbc.sql("""
                        INSERT INTO patrol (water_body_id, organization_id, organization_path, volunteer_id,
                          volunteer_name, user_id, checked_in_at, latitude, longitude)
                        VALUES (:body, :org, :path, :vol, :name, :user, :at, :lat, :lon) ON CONFLICT DO NOTHING""")
                .param("body", body.id()).param("org", body.organizationId()).param("path", body.organizationPath())
                .param("vol", arrival.volunteer().id()).param("name", arrival.volunteer().name())
                .param("user", actor.userId()).param("at", Timestamp.valueOf(at))
                .param("lat", arrival.latitude()).param("lon", arrival.longitude()).update();
        PatrolView open = openPatrol(actor).orElseThrow(() -> new NotFoundException(PATROL, waterBodyId));
        if (inserted == 0) {
            throw new BusinessRuleException("patrol.alreadyOpen", open.waterBodyName());
        }
        return open;
    }

    /** The volunteer leaves now; see {@link #checkOut(Actor, long, CheckOut, List, LocalDateTime)}. */
    PatrolView checkOut(Actor actor, long patrolId, CheckOut checkOut, List<InputStream> hazardPhotos) {
        return checkOut(actor, patrolId, checkOut, hazardPhotos, now());
    }

    /**
     * The volunteer leaves: dissuasions, hazards (each, with its photo, becomes a follow-up for the village's
     * manager), kit problems, notes. A patrol is checked out once; a second check-out is refused.
     *
     * @param hazardPhotos for each hazard, its photo stream or null
     */
    PatrolView checkOut(Actor actor, long patrolId, CheckOut checkOut, List<InputStream> hazardPhotos,
                        LocalDateTime at) {
        actor.require(Role.VOLUNTEER);
        PatrolView patrol = jdbc.sql(SELECT + " WHERE p.id = :id AND p.user_id = :u AND p.organization_path LIKE :scope")
                .param("id", patrolId).param("u", actor.userId()).param("scope", actor.scopePattern())
                .query(ROW).optional().orElseThrow(() -> new NotFoundException(PATROL, patrolId));
        checkOutPolicy.check(patrol);
        List<String> photoNames = hazards.storePhotos(checkOut.hazardsOrEmpty(), hazardPhotos);
        // the condition on checked_out_at makes a concurrent second check-out change nothing
        checkOutPolicy.changed(jdbc.sql("""
                        UPDATE patrol SET checked_out_at = :at, dissuaded = :d, kit_problems = :kit, notes = :notes
                        WHERE id = :id AND checked_out_at IS NULL""")
                .param("at", Timestamp.valueOf(at)).param("d", checkOut.dissuaded())
                .param("kit", WaterBodies.blankToNull(checkOut.kitProblems()))
                .param("notes", WaterBodies.blankToNull(checkOut.notes()))
                .param("id", patrolId).update());
        hazards.report(patrolId, waterBodies.byId(patrol.waterBodyId()), checkOut.hazardsOrEmpty(), photoNames, at);
        return byId(patrolId);
    }

    /** A patrol for readers in scope, or for the volunteer who walked it; else 404. */
    @Transactional(readOnly = true)
    PatrolView get(Actor actor, long patrolId) {
        PatrolRow row = jdbc.sql(SELECT + " WHERE p.id = :id").param("id", patrolId).query(PatrolRow.MAPPER).optional()
                .orElseThrow(() -> new NotFoundException(PATROL, patrolId));
        if (!(actor.hasAny(READERS) && actor.reaches(row.organizationPath())
                || actor.has(Role.VOLUNTEER) && row.userId() == actor.userId())) {
            throw new NotFoundException(PATROL, patrolId);
        }
        return row.view();
    }

    /** Patrols in scope (a volunteer: own), newest first, by key. */
    @Transactional(readOnly = true)
    List<PatrolView> patrols(Actor actor, Long waterBodyId, Long before, int size) {
        PatrolAccess.requireReaderOrVolunteer(actor);
        String own = actor.hasAny(READERS) ? "" : " AND p.user_id = :u";
        String body = waterBodyId == null ? "" : " AND p.water_body_id = :w";
        return jdbc.sql(SELECT + " WHERE p.organization_path LIKE :scope AND p.id < :before" + own + body
                        + " ORDER BY p.id DESC FETCH FIRST :n ROWS ONLY")
                .param("scope", actor.scopePattern()).param("before", before == null ? Long.MAX_VALUE : before)
                .param("u", actor.userId()).param("w", waterBodyId == null ? 0L : waterBodyId)
                .param("n", Math.max(1, Math.min(size, 200)))
                .query(ROW).list();
    }

    /** How many patrols a water body has had in all (readers in scope: its page shows the latest few). */
    @Transactional(readOnly = true)
    long countAt(Actor actor, long waterBodyId) {
        actor.require(READERS);
        return jdbc.sql("SELECT COUNT(*) FROM patrol WHERE water_body_id = :w AND organization_path LIKE :scope")
                .param("w", waterBodyId).param("scope", actor.scopePattern()).query(Long.class).single();
    }

    private PatrolView byId(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(ROW).optional()
                .orElseThrow(() -> new NotFoundException(PATROL, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
