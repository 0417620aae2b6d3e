package com.carenext.patrol;

import static com.carenext.patrol.PatrolAccess.KEEPERS;
import static com.carenext.patrol.PatrolAccess.WATER_BODY;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Paged;
import com.carenext.shared.StaleEditException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The water-body register with its safety kit. Readers in scope see the water bodies of their subtree; a volunteer
 * reaches those of their own organization's subtree to patrol them.
 */
@Service
@Transactional
class WaterBodies {

    /** Water bodies on one page of the list. */
    static final int PAGE = 100;

    static final String COLUMNS = "id, organization_id, organization_path, name, kind, risk_tier, "
            + "latitude, longitude, responsible_persons, check_in_code, version";
    static final RowMapper<WaterBodyView> ROW = (rs, n) -> new WaterBodyView(rs.getLong("id"),
            rs.getLong("organization_id"), rs.getString("organization_path"), rs.getString("name"),
            WaterKind.valueOf(rs.getString("kind")), RiskTier.valueOf(rs.getString("risk_tier")),
            rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getString("responsible_persons"),
            rs.getString("check_in_code"), rs.getLong("version"));
    private static final RowMapper<KitCheck> KIT_ROW = (rs, n) -> new KitCheck(KitItem.valueOf(rs.getString("item")),
            KitState.valueOf(rs.getString("state")), rs.getObject("last_checked_on", LocalDate.class));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Clock clock;

    WaterBodies(JdbcClient jdbc, Organizations organizations, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.clock = clock;
    }

    WaterBodyView register(Actor actor, WaterBodyDraft draft) {
        actor.require(KEEPERS);
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        String code = newCode();
        while (jdbc.sql("SELECT COUNT(*) FROM water_body WHERE check_in_code = :c").param("c", code)
                .query(Integer.class).single() > 0) {
            code = newCode();
        }
        long id = Inserts.id(jdbc.sql("""
                        INSERT INTO water_body (organization_id, organization_path, name, kind, risk_tier, latitude,
                          longitude, responsible_persons, check_in_code, version, created_at)
                        VALUES (:org, :path, :name, :kind, :tier, :lat, :lon, :persons, :code, 0, :at)""")
                .param("org", organization.id()).param("path", organization.path())
                .param("name", draft.name().strip()).param("kind", draft.kind().name())
                .param("tier", draft.riskTier().name()).param("lat", draft.latitude()).param("lon", draft.longitude())
                .param("persons", blankToNull(draft.responsiblePersons())).param("code", code)
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock).withNano(0))));
        for (KitItem item : KitItem.values()) {
            jdbc.sql("INSERT INTO safety_kit_item (water_body_id, item, state) VALUES (:id, :item, 'MISSING')")
                    .param("id", id).param("item", item.name()).update();
        }
        return byId(id);
    }

    WaterBodyView update(Actor actor, long waterBodyId, WaterBodyDraft draft) {
        actor.require(KEEPERS);
        WaterBodyView current = get(actor, waterBodyId);
        long seen = StaleEditException.requireSeen(WATER_BODY, waterBodyId, draft.version(), current.version());
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
                .param("version", seen)
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
        return byId(waterBodyId);
    }

    /** A water body the actor reads (readers in scope) or patrols (a volunteer whose subtree holds it); else 404. */
    @Transactional(readOnly = true)
    WaterBodyView get(Actor actor, long waterBodyId) {
        PatrolAccess.requireReaderOrVolunteer(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM water_body WHERE id = :id AND organization_path LIKE :scope")
                .param("id", waterBodyId).param("scope", actor.scopePattern()).query(ROW).optional()
                .orElseThrow(() -> new NotFoundException(WATER_BODY, waterBodyId));
    }

    /**
     * One page ({@value #PAGE} rows) of the water bodies of the caller's subtree, by organization and name, with the
     * exact count of all pages (a town has tens, a region tens of thousands: paged, never cut).
     */
    @Transactional(readOnly = true)
    Paged<WaterBodyView> list(Actor actor, int page) {
        PatrolAccess.requireReaderOrVolunteer(actor);
        long total = jdbc.sql("SELECT COUNT(*) FROM water_body WHERE organization_path LIKE :scope")
                .param("scope", actor.scopePattern()).query(Long.class).single();
        List<WaterBodyView> rows = jdbc.sql("SELECT " + COLUMNS + " FROM water_body WHERE organization_path LIKE :scope"
                        + " ORDER BY organization_path, name, id OFFSET :offset ROWS FETCH FIRST :n ROWS ONLY")
                .param("scope", actor.scopePattern()).param("offset", Paged.offset(page, PAGE)).param("n", PAGE)
                .query(ROW).list();
        return new Paged<>(rows, Math.max(0, page), PAGE, total);
    }

    /** Every water body of the caller's subtree, uncapped, for figures computed over all of them (coverage). */
    @Transactional(readOnly = true)
    List<WaterBodyView> all(Actor actor) {
        PatrolAccess.requireReaderOrVolunteer(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM water_body WHERE organization_path LIKE :scope"
                        + " ORDER BY organization_path, name, id")
                .param("scope", actor.scopePattern()).withFetchSize(500).query(ROW).list();
    }

    /** The water body whose printed short code this is, if the actor reaches it. */
    @Transactional(readOnly = true)
    Optional<WaterBodyView> byCode(Actor actor, String code) {
        PatrolAccess.requireReaderOrVolunteer(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM water_body WHERE check_in_code = :c AND organization_path LIKE :scope")
                .param("c", code == null ? "" : code.strip()).param("scope", actor.scopePattern())
                .query(ROW).optional();
    }

    @Transactional(readOnly = true)
    List<KitCheck> kit(Actor actor, long waterBodyId) {
        get(actor, waterBodyId);
        return jdbc.sql("SELECT item, state, last_checked_on FROM safety_kit_item WHERE water_body_id = :id ORDER BY id")
                .param("id", waterBodyId).query(KIT_ROW).list();
    }

    List<KitCheck> checkKit(Actor actor, long waterBodyId, KitItem item, KitState state, LocalDate checkedOn) {
        actor.require(KEEPERS);
        get(actor, waterBodyId);
        jdbc.sql("UPDATE safety_kit_item SET state = :state, last_checked_on = :on WHERE water_body_id = :id AND item = :item")
                .param("state", state.name()).param("on", checkedOn == null ? LocalDate.now(clock) : checkedOn)
                .param("id", waterBodyId).param("item", item.name()).update();
        return kit(actor, waterBodyId);
    }

    /** A water body by id, unscoped: for the module's own follow-up after a scoped read. */
    WaterBodyView byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM water_body WHERE id = :id").param("id", id).query(ROW).single();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
