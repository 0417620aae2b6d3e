package com.carenext.patrol;

import static com.carenext.patrol.PatrolAccess.HAZARD;
import static com.carenext.patrol.PatrolAccess.KEEPERS;
import static com.carenext.patrol.PatrolAccess.READERS;

import com.carenext.files.Photos;
import com.carenext.shared.Actor;
import com.carenext.shared.StaleEditException;
import com.carenext.shared.NotFoundException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hazards reported at check-out, followed up by the village's manager until closed. */
@Service
@Transactional
class Hazards {

    private static final String SELECT = """
            SELECT h.*, w.name AS water_body_name FROM hazard h JOIN water_body w ON w.id = h.water_body_id""";
    static final RowMapper<HazardView> ROW = (rs, n) -> {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new HazardView(rs.getLong("id"), rs.getLong("patrol_id"), rs.getLong("water_body_id"),
                rs.getString("water_body_name"), rs.getLong("organization_id"),
                HazardType.valueOf(rs.getString("hazard_type")), Severity.valueOf(rs.getString("severity")),
                rs.getString("description"), rs.getString("photo") != null,
                rs.getTimestamp("reported_at").toLocalDateTime(), "OPEN".equals(rs.getString("status")),
                closed == null ? null : closed.toLocalDateTime(), rs.getString("closed_by"), rs.getString("resolution"),
                rs.getLong("version"));
    };

    private final JdbcClient jdbc;
    private final Photos photos;
    private final Clock clock;
    private final HazardClosingPolicy closing = new HazardClosingPolicy();

    Hazards(JdbcClient jdbc, Photos photos, Clock clock) {
        this.jdbc = jdbc;
        this.photos = photos;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<HazardView> hazards(Actor actor, boolean openOnly, Long before, int size) {
        actor.require(READERS);
        return jdbc.sql(SELECT + " WHERE h.organization_path LIKE :scope AND h.id < :before"
                        + (openOnly ? " AND h.status = 'OPEN'" : "") + " ORDER BY h.id DESC FETCH FIRST :n ROWS ONLY")
                .param("scope", actor.scopePattern()).param("before", before == null ? Long.MAX_VALUE : before)
                .param("n", Math.max(1, Math.min(size, 500))).query(ROW).list();
    }

    /** How many hazards (open ones, or all) the caller's subtree has: what the list's pages hold together. */
    @Transactional(readOnly = true)
    long count(Actor actor, boolean openOnly) {
        actor.require(READERS);
        return jdbc.sql("SELECT COUNT(*) FROM hazard WHERE organization_path LIKE :scope"
                        + (openOnly ? " AND status = 'OPEN'" : ""))
                .param("scope", actor.scopePattern()).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    HazardView hazard(Actor actor, long hazardId) {
        actor.require(READERS);
        return jdbc.sql(SELECT + " WHERE h.id = :id AND h.organization_path LIKE :scope")
                .param("id", hazardId).param("scope", actor.scopePattern()).query(ROW).optional()
                .orElseThrow(() -> new NotFoundException(HAZARD, hazardId));
    }

    /** The hazard's photo (or its thumbnail), for readers in scope. */
    @Transactional(readOnly = true)
    Optional<byte[]> photo(Actor actor, long hazardId, boolean thumbnail) {
        hazard(actor, hazardId);
        String name = jdbc.sql("SELECT photo FROM hazard WHERE id = :id").param("id", hazardId)
                .query(String.class).optional().orElse(null);
        return photos.read(name, thumbnail);
    }

    /** The manager closes the follow-up, saying what was done. */
    HazardView close(Actor actor, long hazardId, String resolution, Long seenVersion) {
        actor.require(KEEPERS);
        HazardView hazard = hazard(actor, hazardId);
        String done = closing.resolution(hazard, resolution);
        long seen = StaleEditException.requireSeen(HAZARD, hazardId, seenVersion, hazard.version());
        int changed = jdbc.sql("""
                        UPDATE hazard SET status = 'CLOSED', closed_at = :at, closed_by = :by, resolution = :r,
                          version = version + 1 WHERE id = :id AND version = :v AND status = 'OPEN'""")
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock).withNano(0))).param("by", actor.displayName())
                .param("r", done).param("id", hazardId)
                .param("v", seen).update();
        if (changed == 0) {
            throw new StaleEditException(HAZARD, hazardId);
        }
        return hazard(actor, hazardId);
    }

    /** Stores the photo given for each hazard (or none); the names, in the hazards' order. */
    List<String> storePhotos(List<HazardReport> reports, List<InputStream> hazardPhotos) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            InputStream photo = hazardPhotos != null && i < hazardPhotos.size() ? hazardPhotos.get(i) : null;
            names.add(photo == null ? null : photos.store(photo));
        }
        return names;
    }

    /** Each hazard seen on a patrol becomes an open follow-up for the water body's organization. */
    void report(long patrolId, WaterBodyView body, List<HazardReport> reports, List<String> photoNames,
                LocalDateTime at) {
        for (int i = 0; i < reports.size(); i++) {
            HazardReport hazard = reports.get(i);
            jdbc.sql("""
                            INSERT INTO hazard (patrol_id, water_body_id, organization_id, organization_path, hazard_type,
                              severity, description, photo, reported_at, status, version)
                            VALUES (:p, :w, :org, :path, :type, :sev, :d, :photo, :at, 'OPEN', 0)""")
                    .param("p", patrolId).param("w", body.id()).param("org", body.organizationId())
                    .param("path", body.organizationPath()).param("type", hazard.type().name())
                    .param("sev", hazard.severity().name()).param("d", hazard.description().strip())
                    .param("photo", photoNames.get(i)).param("at", Timestamp.valueOf(at)).update();
        }
    }
}
