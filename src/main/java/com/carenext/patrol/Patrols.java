package com.carenext.patrol;

import com.carenext.activity.Photos;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Volunteers;
import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drowning-prevention patrols, the module's API: the water-body register with its safety kit, the season and its
 * requirement, the rota, check-in and check-out on the spot, hazards followed up until closed, the coverage report
 * and the alerts. Everything is read within the caller's subtree; a volunteer reaches the water bodies of their own
 * organization's subtree to patrol them.
 */
@Service
@Transactional
public class Patrols {

    static final String WATER_BODY = "WaterBody";
    static final String PATROL = "Patrol";
    static final String HAZARD = "Hazard";
    static final Role[] KEEPERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER};
    static final Role[] READERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER};
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BODY_COLUMNS = "id, organization_id, organization_path, name, kind, risk_tier, "
            + "latitude, longitude, responsible_persons, check_in_code, version";
    private static final String PATROL_SELECT = """
            SELECT p.*, w.name AS water_body_name FROM patrol p JOIN water_body w ON w.id = p.water_body_id""";
    private static final String HAZARD_SELECT = """
            SELECT h.*, w.name AS water_body_name FROM hazard h JOIN water_body w ON w.id = h.water_body_id""";

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Volunteers volunteers;
    private final Photos photos;
    private final Clock clock;
    private final int openAlertHours;

    Patrols(JdbcClient jdbc, Organizations organizations, Volunteers volunteers, Photos photos, Clock clock,
            @Value("${carenext.patrol.open-alert-hours:3}") int openAlertHours) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.photos = photos;
        this.clock = clock;
        this.openAlertHours = openAlertHours;
    }

    // ---- water bodies -------------------------------------------------------------------------------------------

    public WaterBodyView register(Actor actor, WaterBodyDraft draft) {
        actor.require(KEEPERS);
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        String code = newCode();
        while (jdbc.sql("SELECT COUNT(*) FROM water_body WHERE check_in_code = :c").param("c", code)
                .query(Integer.class).single() > 0) {
            code = newCode();
        }
        long id = insert(jdbc.sql("""
                        INSERT INTO water_body (organization_id, organization_path, name, kind, risk_tier, latitude,
                          longitude, responsible_persons, check_in_code, version, created_at)
                        VALUES (:org, :path, :name, :kind, :tier, :lat, :lon, :persons, :code, 0, :at)""")
                .param("org", organization.id()).param("path", organization.path())
                .param("name", draft.name().strip()).param("kind", draft.kind().name())
                .param("tier", draft.riskTier().name()).param("lat", draft.latitude()).param("lon", draft.longitude())
                .param("persons", blankToNull(draft.responsiblePersons())).param("code", code)
                .param("at", Timestamp.valueOf(now())));
        for (KitItem item : KitItem.values()) {
            jdbc.sql("INSERT INTO safety_kit_item (water_body_id, item, state) VALUES (:id, :item, 'MISSING')")
                    .param("id", id).param("item", item.name()).update();
        }
        return body(id);
    }

    public WaterBodyView update(Actor actor, long waterBodyId, WaterBodyDraft draft) {
        actor.require(KEEPERS);
        WaterBodyView current = visibleBody(actor, waterBodyId);
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        int changed = jdbc.sql("""
                        UPDATE water_body SET organization_id = :org, organization_path = :path, name = :name,
                          kind = :kind, risk_tier = :tier, latitude = :lat, longitude = :lon,
                          responsible_persons = :persons, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("org", organization.id()).param("path", organization.path())
                .param("name", draft.name().strip()).param("kind", draft.kind().name())
                .param("tier", draft.riskTier().name()).param("lat", draft.latitude()).param("lon", draft.longitude())
                .param("persons", blankToNull(draft.responsiblePersons())).param("id", waterBodyId)
                .param("version", draft.version() == null ? current.version() : draft.version())
                .update();
        if (changed == 0) {
            throw new StaleEditException(WATER_BODY, waterBodyId);
        }
        // a water body given to another village takes its records with it
        for (String table : new String[]{"patrol", "hazard", "patrol_shift"}) {
            jdbc.sql("UPDATE " + table + " SET organization_id = :org, organization_path = :path WHERE water_body_id = :id")
                    .param("org", organization.id()).param("path", organization.path()).param("id", waterBodyId)
                    .update();
        }
        return body(waterBodyId);
    }

    /** A water body the actor reads (readers in scope) or patrols (a volunteer whose subtree holds it); else 404. */
    @Transactional(readOnly = true)
    public WaterBodyView get(Actor actor, long waterBodyId) {
        return visibleBody(actor, waterBodyId);
    }

    /** The water bodies of the caller's subtree, by organization and name (a town has tens, a banner hundreds). */
    @Transactional(readOnly = true)
    public List<WaterBodyView> list(Actor actor) {
        requireReaderOrVolunteer(actor);
        return jdbc.sql("SELECT " + BODY_COLUMNS + " FROM water_body WHERE organization_path LIKE :scope"
                        + " ORDER BY organization_path, name, id FETCH FIRST 2000 ROWS ONLY")
                .param("scope", actor.scopePattern()).query(this::bodyRow).list();
    }

    @Transactional(readOnly = true)
    public List<KitCheck> kit(Actor actor, long waterBodyId) {
        visibleBody(actor, waterBodyId);
        return jdbc.sql("SELECT item, state, last_checked_on FROM safety_kit_item WHERE water_body_id = :id ORDER BY id")
                .param("id", waterBodyId)
                .query((rs, n) -> new KitCheck(KitItem.valueOf(rs.getString(1)), KitState.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class)))
                .list();
    }

    public List<KitCheck> checkKit(Actor actor, long waterBodyId, KitItem item, KitState state, LocalDate checkedOn) {
        actor.require(KEEPERS);
        visibleBody(actor, waterBodyId);
        jdbc.sql("UPDATE safety_kit_item SET state = :state, last_checked_on = :on WHERE water_body_id = :id AND item = :item")
                .param("state", state.name()).param("on", checkedOn == null ? LocalDate.now(clock) : checkedOn)
                .param("id", waterBodyId).param("item", item.name()).update();
        return kit(actor, waterBodyId);
    }

    // ---- season -------------------------------------------------------------------------------------------------

    /**
     * The season of a year for the actor: as set by the nearest organization at or above the actor's own, or the
     * standard one (June 1 – August 31; daily, three times a week, weekly).
     */
    @Transactional(readOnly = true)
    public Season season(Actor actor, int year) {
        return jdbc.sql("""
                        SELECT * FROM patrol_season WHERE season_year = :y
                        AND CAST(:scope AS VARCHAR(500)) LIKE organization_path || '%'
                        ORDER BY LENGTH(organization_path) DESC FETCH FIRST 1 ROWS ONLY""")
                .param("y", year).param("scope", actor.scopePath())
                .query((rs, n) -> new Season(rs.getInt("season_year"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getInt("red_per_week"),
                        rs.getInt("yellow_per_week"), rs.getInt("green_per_week"), rs.getLong("version")))
                .optional().orElseGet(() -> Season.standard(year));
    }

    /** A town office sets the season for its subtree. */
    public boolean mayConfigure(Actor actor) {
        return actor.has(Role.TOWN_ADMIN);
    }

    public Season configure(Actor actor, Season season) {
        actor.require(Role.TOWN_ADMIN);
        if (season.endsOn().isBefore(season.startsOn()) || season.startsOn().getYear() != season.year()
                || season.endsOn().getYear() != season.year()) {
            throw new BusinessRuleException("patrol.season.invalid");
        }
        for (int perWeek : new int[]{season.redPerWeek(), season.yellowPerWeek(), season.greenPerWeek()}) {
            if (perWeek < 0 || perWeek > Season.DAILY) {
                throw new BusinessRuleException("patrol.season.invalid");
            }
        }
        int updated = jdbc.sql("""
                        UPDATE patrol_season SET starts_on = :s, ends_on = :e, red_per_week = :r, yellow_per_week = :y,
                          green_per_week = :g, version = version + 1
                        WHERE organization_path = :path AND season_year = :year AND version = :v""")
                .params(seasonParams(season)).param("path", actor.scopePath()).param("v", season.version()).update();
        if (updated == 0) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM patrol_season WHERE organization_path = :path AND season_year = :y")
                    .param("path", actor.scopePath()).param("y", season.year()).query(Integer.class).single() > 0;
            if (exists) {
                throw new StaleEditException("PatrolSeason", season.year());
            }
            jdbc.sql("""
                            INSERT INTO patrol_season (organization_id, organization_path, season_year, starts_on, ends_on,
                              red_per_week, yellow_per_week, green_per_week, version)
                            VALUES (:org, :path, :year, :s, :e, :r, :y, :g, 0)""")
                    .params(seasonParams(season)).param("org", actor.organizationId()).param("path", actor.scopePath())
                    .update();
        }
        return season(actor, season.year());
    }

    /** The water body whose printed short code this is, if the actor reaches it. */
    @Transactional(readOnly = true)
    public Optional<WaterBodyView> byCode(Actor actor, String code) {
        requireReaderOrVolunteer(actor);
        return jdbc.sql("SELECT " + BODY_COLUMNS + " FROM water_body WHERE check_in_code = :c AND organization_path LIKE :scope")
                .param("c", code == null ? "" : code.strip()).param("scope", actor.scopePattern())
                .query(this::bodyRow).optional();
    }

    // ---- on the spot --------------------------------------------------------------------------------------------

    /** The volunteer's open patrol, if any (one at a time). */
    @Transactional(readOnly = true)
    public Optional<PatrolView> openPatrol(Actor actor) {
        return jdbc.sql(PATROL_SELECT + " WHERE p.user_id = :u AND p.checked_out_at IS NULL ORDER BY p.id DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .param("u", actor.userId()).query(this::patrolRow).optional();
    }

    /** A volunteer arrives at a water body: time now, location if the phone gave one. */
    public PatrolView checkIn(Actor actor, long waterBodyId, java.math.BigDecimal latitude,
                             java.math.BigDecimal longitude) {
        actor.require(Role.VOLUNTEER);
        WaterBodyView body = visibleBody(actor, waterBodyId);
        VolunteerSummary volunteer = volunteers.ofUser(actor.userId())
                .orElseThrow(() -> new BusinessRuleException("patrol.notAVolunteer"));
        if (!volunteer.isActive()) {
            throw new BusinessRuleException("patrol.notAVolunteer");
        }
        Optional<PatrolView> open = openPatrol(actor);
        if (open.isPresent()) {
            throw new BusinessRuleException("patrol.alreadyOpen", open.get().waterBodyName());
        }
        boolean located = latitude != null && longitude != null && latitude.abs().doubleValue() <= 90
                && longitude.abs().doubleValue() <= 180;
        long patrolId = insert(jdbc.sql("""
                        INSERT INTO patrol (water_body_id, organization_id, organization_path, volunteer_id,
                          volunteer_name, user_id, checked_in_at, latitude, longitude)
                        VALUES (:body, :org, :path, :vol, :name, :user, :at, :lat, :lon)""")
                .param("body", body.id()).param("org", body.organizationId()).param("path", body.organizationPath())
                .param("vol", volunteer.id()).param("name", volunteer.name()).param("user", actor.userId())
                .param("at", Timestamp.valueOf(now())).param("lat", located ? latitude : null)
                .param("lon", located ? longitude : null));
        return patrol(patrolId);
    }

    /**
     * The volunteer leaves: dissuasions, hazards (each, with its photo, becomes a follow-up for the village's
     * manager), kit problems, notes. A patrol is checked out once; a second check-out is refused.
     *
     * @param hazardPhotos for each hazard, its photo stream or null
     */
    public PatrolView checkOut(Actor actor, long patrolId, CheckOut checkOut, List<InputStream> hazardPhotos) {
        actor.require(Role.VOLUNTEER);
        PatrolView patrol = jdbc.sql(PATROL_SELECT + " WHERE p.id = :id AND p.user_id = :u")
                .param("id", patrolId).param("u", actor.userId()).query(this::patrolRow).optional()
                .filter(found -> actor.reaches(pathOf("patrol", patrolId)))
                .orElseThrow(() -> new NotFoundException(PATROL, patrolId));
        if (!patrol.isOpen()) {
            throw new BusinessRuleException("patrol.checkOut.twice");
        }
        List<String> photoNames = new ArrayList<>();
        List<HazardReport> hazards = checkOut.hazardsOrEmpty();
        for (int i = 0; i < hazards.size(); i++) {
            InputStream photo = hazardPhotos != null && i < hazardPhotos.size() ? hazardPhotos.get(i) : null;
            photoNames.add(photo == null ? null : photos.store(photo));
        }
        LocalDateTime at = now();
        // the condition on checked_out_at makes a concurrent second check-out change nothing
        int changed = jdbc.sql("""
                        UPDATE patrol SET checked_out_at = :at, dissuaded = :d, kit_problems = :kit, notes = :notes
                        WHERE id = :id AND checked_out_at IS NULL""")
                .param("at", Timestamp.valueOf(at)).param("d", checkOut.dissuaded())
                .param("kit", blankToNull(checkOut.kitProblems())).param("notes", blankToNull(checkOut.notes()))
                .param("id", patrolId).update();
        if (changed == 0) {
            throw new BusinessRuleException("patrol.checkOut.twice");
        }
        WaterBodyView body = body(patrol.waterBodyId());
        for (int i = 0; i < hazards.size(); i++) {
            HazardReport hazard = hazards.get(i);
            jdbc.sql("""
                            INSERT INTO hazard (patrol_id, water_body_id, organization_id, organization_path, hazard_type,
                              severity, description, photo, reported_at, status, version)
                            VALUES (:p, :w, :org, :path, :type, :sev, :d, :photo, :at, 'OPEN', 0)""")
                    .param("p", patrolId).param("w", body.id()).param("org", body.organizationId())
                    .param("path", body.organizationPath()).param("type", hazard.type().name())
                    .param("sev", hazard.severity().name()).param("d", hazard.description().strip())
                    .param("photo", photoNames.get(i)).param("at", Timestamp.valueOf(at)).update();
        }
        return patrol(patrolId);
    }

    @Transactional(readOnly = true)
    public PatrolView getPatrol(Actor actor, long patrolId) {
        PatrolView patrol = patrol(patrolId);
        if (!(actor.hasAny(READERS) && actor.reaches(pathOf("patrol", patrolId))
                || actor.has(Role.VOLUNTEER) && ownerOf(patrolId) == actor.userId())) {
            throw new NotFoundException(PATROL, patrolId);
        }
        return patrol;
    }

    /** Patrols in scope (a volunteer: own), newest first, by key. */
    @Transactional(readOnly = true)
    public List<PatrolView> patrols(Actor actor, Long waterBodyId, Long before, int size) {
        requireReaderOrVolunteer(actor);
        String own = actor.hasAny(READERS) ? "" : " AND p.user_id = :u";
        String body = waterBodyId == null ? "" : " AND p.water_body_id = :w";
        return jdbc.sql(PATROL_SELECT + " WHERE p.organization_path LIKE :scope AND p.id < :before" + own + body
                        + " ORDER BY p.id DESC FETCH FIRST :n ROWS ONLY")
                .param("scope", actor.scopePattern()).param("before", before == null ? Long.MAX_VALUE : before)
                .param("u", actor.userId()).param("w", waterBodyId == null ? 0L : waterBodyId)
                .param("n", Math.max(1, Math.min(size, 200)))
                .query(this::patrolRow).list();
    }

    // ---- hazards ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<HazardView> hazards(Actor actor, boolean openOnly, Long before, int size) {
        actor.require(READERS);
        return jdbc.sql(HAZARD_SELECT + " WHERE h.organization_path LIKE :scope AND h.id < :before"
                        + (openOnly ? " AND h.status = 'OPEN'" : "") + " ORDER BY h.id DESC FETCH FIRST :n ROWS ONLY")
                .param("scope", actor.scopePattern()).param("before", before == null ? Long.MAX_VALUE : before)
                .param("n", Math.max(1, Math.min(size, 500))).query(this::hazardRow).list();
    }

    @Transactional(readOnly = true)
    public HazardView hazard(Actor actor, long hazardId) {
        actor.require(READERS);
        return jdbc.sql(HAZARD_SELECT + " WHERE h.id = :id AND h.organization_path LIKE :scope")
                .param("id", hazardId).param("scope", actor.scopePattern()).query(this::hazardRow).optional()
                .orElseThrow(() -> new NotFoundException(HAZARD, hazardId));
    }

    /** The hazard's photo (or its thumbnail), for readers in scope. */
    @Transactional(readOnly = true)
    public Optional<byte[]> hazardPhoto(Actor actor, long hazardId, boolean thumbnail) {
        hazard(actor, hazardId);
        String name = jdbc.sql("SELECT photo FROM hazard WHERE id = :id").param("id", hazardId)
                .query(String.class).optional().orElse(null);
        return photos.read(name, thumbnail);
    }

    /** The manager closes the follow-up, saying what was done. */
    public HazardView close(Actor actor, long hazardId, String resolution, Long seenVersion) {
        actor.require(KEEPERS);
        HazardView hazard = hazard(actor, hazardId);
        if (!hazard.open()) {
            throw new BusinessRuleException("patrol.hazard.closed");
        }
        if (resolution == null || resolution.isBlank() || resolution.length() > 1000) {
            throw new BusinessRuleException("patrol.hazard.resolution");
        }
        int changed = jdbc.sql("""
                        UPDATE hazard SET status = 'CLOSED', closed_at = :at, closed_by = :by, resolution = :r,
                          version = version + 1 WHERE id = :id AND version = :v AND status = 'OPEN'""")
                .param("at", Timestamp.valueOf(now())).param("by", actor.username()).param("r", resolution.strip())
                .param("id", hazardId).param("v", seenVersion == null ? hazard.version() : seenVersion).update();
        if (changed == 0) {
            throw new StaleEditException(HAZARD, hazardId);
        }
        return hazard(actor, hazardId);
    }

    // ---- rota ---------------------------------------------------------------------------------------------------

    /**
     * Puts volunteers on a water body for a day (replacing that day's shift). Only active volunteers fit for outdoor
     * patrol in the water body's organization subtree; a red-tier water body needs at least two.
     */
    public ShiftView assign(Actor actor, long waterBodyId, LocalDate day, List<Long> volunteerIds) {
        actor.require(KEEPERS);
        WaterBodyView body = visibleBody(actor, waterBodyId);
        if (day == null) {
            throw new BusinessRuleException("patrol.shift.day");
        }
        Set<Long> chosen = new LinkedHashSet<>(volunteerIds == null ? List.of() : volunteerIds);
        chosen.remove(null);
        int needed = body.riskTier() == RiskTier.RED ? 2 : 1;
        if (chosen.size() < needed) {
            throw new BusinessRuleException(needed == 2 ? "patrol.shift.redNeedsTwo" : "patrol.shift.empty");
        }
        Map<Long, VolunteerSummary> fit = volunteers.fitForPatrol(actor, body.organizationId()).stream()
                .collect(Collectors.toMap(VolunteerSummary::id, v -> v));
        for (Long id : chosen) {
            if (!fit.containsKey(id)) {
                throw new BusinessRuleException("patrol.shift.notFit", id);
            }
        }
        Long existing = jdbc.sql("SELECT id FROM patrol_shift WHERE water_body_id = :w AND shift_date = :d")
                .param("w", waterBodyId).param("d", day).query(Long.class).optional().orElse(null);
        if (existing != null) {
            jdbc.sql("DELETE FROM patrol_shift_member WHERE patrol_shift_id = :s").param("s", existing).update();
            jdbc.sql("DELETE FROM patrol_shift WHERE id = :s").param("s", existing).update();
        }
        long shiftId = insert(jdbc.sql("""
                        INSERT INTO patrol_shift (water_body_id, organization_id, organization_path, shift_date,
                          assigned_by, assigned_at) VALUES (:w, :org, :path, :d, :by, :at)""")
                .param("w", waterBodyId).param("org", body.organizationId()).param("path", body.organizationPath())
                .param("d", day).param("by", actor.username()).param("at", Timestamp.valueOf(now())));
        for (Long id : chosen) {
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
    public List<ShiftView> rota(Actor actor, LocalDate from, LocalDate to) {
        actor.require(READERS);
        return shifts("s.organization_path LIKE :scope AND s.shift_date BETWEEN :from AND :to",
                Map.of("scope", actor.scopePattern(), "from", from, "to", to));
    }

    /** The volunteer's own shifts from today on. */
    @Transactional(readOnly = true)
    public List<ShiftView> myShifts(Actor actor) {
        return shifts("s.shift_date >= :today AND s.id IN (SELECT patrol_shift_id FROM patrol_shift_member WHERE user_id = :u)",
                Map.of("today", LocalDate.now(clock), "u", actor.userId()));
    }

    // ---- coverage and alerts ------------------------------------------------------------------------------------

    /** Required against done patrols per water body of the caller's subtree over a period, with the gaps. */
    @Transactional(readOnly = true)
    public List<Coverage.Line> coverage(Actor actor, LocalDate from, LocalDate to) {
        actor.require(READERS);
        if (to.isBefore(from) || from.getYear() != to.getYear()) {
            throw new BusinessRuleException("patrol.coverage.period");
        }
        return coverage(actor, season(actor, from.getYear()), from, to, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public PatrolAlerts alerts(Actor actor) {
        actor.require(READERS);
        List<PatrolView> openTooLong = jdbc.sql(PATROL_SELECT + """
                         WHERE p.checked_out_at IS NULL AND p.checked_in_at < :limit AND p.organization_path LIKE :scope
                        ORDER BY p.checked_in_at FETCH FIRST 100 ROWS ONLY""")
                .param("limit", Timestamp.valueOf(now().minusHours(openAlertHours)))
                .param("scope", actor.scopePattern()).query(this::patrolRow).list();
        List<HazardView> open = hazards(actor, true, null, 100);
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        Season season = season(actor, today.getYear());
        List<Coverage.Line> behind = new ArrayList<>();
        if (season.contains(today) || season.contains(monday)) {
            // daily tiers: the days so far; weekly tiers: the whole week's requirement against what is done
            for (Coverage.Line line : coverage(actor, season, monday, sunday, sunday)) {
                Coverage.Line soFar = line;
                if (line.perWeek() >= Season.DAILY) {
                    soFar = coverage(actor, season, monday, today, today).stream()
                            .filter(l -> l.body().id() == line.body().id()).findFirst().orElse(line);
                }
                if (soFar.done() < soFar.required()) {
                    behind.add(soFar);
                }
            }
        }
        return new PatrolAlerts(openAlertHours, openTooLong, open, behind);
    }

    private List<Coverage.Line> coverage(Actor actor, Season season, LocalDate from, LocalDate to, LocalDate asOf) {
        Map<Long, String> names = organizations.subtree(actor, true).stream()
                .collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::name, (a, b) -> a));
        List<Coverage.Body> bodies = list(actor).stream()
                .map(b -> new Coverage.Body(b.id(), b.name(), names.getOrDefault(b.organizationId(), ""), b.riskTier()))
                .toList();
        Map<Long, List<LocalDate>> days = new HashMap<>();
        jdbc.sql("""
                        SELECT water_body_id, checked_in_at FROM patrol WHERE organization_path LIKE :scope
                        AND checked_out_at IS NOT NULL AND checked_in_at >= :from AND checked_in_at < :to""")
                .param("scope", actor.scopePattern()).param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query(rs -> {
                    days.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getTimestamp(2).toLocalDateTime().toLocalDate());
                });
        return Coverage.of(season, from, to, asOf, bodies, days);
    }

    @Transactional(readOnly = true)
    public WeekFigures weekFigures(Actor actor, LocalDate from, LocalDate to) {
        actor.require(READERS);
        return jdbc.sql("""
                        SELECT COUNT(*), COALESCE(SUM(dissuaded), 0),
                          (SELECT COUNT(*) FROM hazard WHERE organization_path LIKE :scope
                             AND reported_at >= :from AND reported_at < :to)
                        FROM patrol WHERE organization_path LIKE :scope AND checked_out_at IS NOT NULL
                          AND checked_in_at >= :from AND checked_in_at < :to""")
                .param("scope", actor.scopePattern()).param("from", Timestamp.valueOf(from.atStartOfDay()))
                .param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query((rs, n) -> new WeekFigures(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }


    // ---- internals ----------------------------------------------------------------------------------------------

    private WaterBodyView visibleBody(Actor actor, long waterBodyId) {
        requireReaderOrVolunteer(actor);
        return jdbc.sql("SELECT " + BODY_COLUMNS + " FROM water_body WHERE id = :id AND organization_path LIKE :scope")
                .param("id", waterBodyId).param("scope", actor.scopePattern()).query(this::bodyRow).optional()
                .orElseThrow(() -> new NotFoundException(WATER_BODY, waterBodyId));
    }

    private static void requireReaderOrVolunteer(Actor actor) {
        EnumSet<Role> allowed = EnumSet.of(Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER, Role.VOLUNTEER);
        actor.require(allowed.toArray(Role[]::new));
    }

    private WaterBodyView body(long id) {
        return jdbc.sql("SELECT " + BODY_COLUMNS + " FROM water_body WHERE id = :id").param("id", id)
                .query(this::bodyRow).single();
    }

    private PatrolView patrol(long id) {
        return jdbc.sql(PATROL_SELECT + " WHERE p.id = :id").param("id", id).query(this::patrolRow).optional()
                .orElseThrow(() -> new NotFoundException(PATROL, id));
    }

    private String pathOf(String table, long id) {
        return jdbc.sql("SELECT organization_path FROM " + table + " WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }

    private long ownerOf(long patrolId) {
        return jdbc.sql("SELECT user_id FROM patrol WHERE id = :id").param("id", patrolId).query(Long.class)
                .optional().orElse(-1L);
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private List<ShiftView> shifts(String where, Map<String, ?> params) {
        Map<Long, ShiftView> shifts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT s.id, s.water_body_id, w.name, w.risk_tier, s.shift_date, m.volunteer_name
                        FROM patrol_shift s JOIN water_body w ON w.id = s.water_body_id
                        LEFT JOIN patrol_shift_member m ON m.patrol_shift_id = s.id""" + " WHERE " + where + " ORDER BY s.shift_date, w.name, s.id, m.volunteer_name")
                .params(params)
                .query(rs -> {
                    ShiftView shift = shifts.computeIfAbsent(rs.getLong(1), id -> {
                        try {
                            return new ShiftView(id, rs.getLong(2), rs.getString(3), RiskTier.valueOf(rs.getString(4)),
                                    rs.getObject(5, LocalDate.class), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getString(6) != null) {
                        shift.volunteerNames().add(rs.getString(6));
                    }
                });
        return List.copyOf(shifts.values());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static Map<String, Object> seasonParams(Season season) {
        return Map.of("year", season.year(), "s", season.startsOn(), "e", season.endsOn(), "r", season.redPerWeek(),
                "y", season.yellowPerWeek(), "g", season.greenPerWeek());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private WaterBodyView bodyRow(ResultSet rs, int n) throws SQLException {
        return new WaterBodyView(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_path"),
                rs.getString("name"), WaterKind.valueOf(rs.getString("kind")), RiskTier.valueOf(rs.getString("risk_tier")),
                rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getString("responsible_persons"),
                rs.getString("check_in_code"), rs.getLong("version"));
    }

    private PatrolView patrolRow(ResultSet rs, int n) throws SQLException {
        Timestamp out = rs.getTimestamp("checked_out_at");
        return new PatrolView(rs.getLong("id"), rs.getLong("water_body_id"), rs.getString("water_body_name"),
                rs.getLong("organization_id"), rs.getLong("volunteer_id"), rs.getString("volunteer_name"),
                rs.getTimestamp("checked_in_at").toLocalDateTime(), rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"), out == null ? null : out.toLocalDateTime(),
                (Integer) rs.getObject("dissuaded", Integer.class), rs.getString("kit_problems"), rs.getString("notes"));
    }

    private HazardView hazardRow(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new HazardView(rs.getLong("id"), rs.getLong("patrol_id"), rs.getLong("water_body_id"),
                rs.getString("water_body_name"), rs.getLong("organization_id"),
                HazardType.valueOf(rs.getString("hazard_type")), Severity.valueOf(rs.getString("severity")),
                rs.getString("description"), rs.getString("photo") != null,
                rs.getTimestamp("reported_at").toLocalDateTime(), "OPEN".equals(rs.getString("status")),
                closed == null ? null : closed.toLocalDateTime(), rs.getString("closed_by"), rs.getString("resolution"),
                rs.getLong("version"));
    }
}
