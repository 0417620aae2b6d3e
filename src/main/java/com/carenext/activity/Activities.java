package com.carenext.activity;

import com.carenext.files.Photos;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity ledger, the module's API. An activity belongs to its organizing organization and shows in the
 * ledger of each co-organizing partner too, who can confirm it; figures over a subtree count every activity once.
 */
@Service
@Transactional
public class Activities {

    static final String ENTITY = "Activity";
    static final Role[] KEEPERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER};
    static final Role[] READERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER};

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Volunteers volunteers;
    private final Photos photos;
    private final Materials materials;
    private final LedgerScope ledger;
    private final Clock clock;

    Activities(JdbcClient jdbc, Organizations organizations, Volunteers volunteers, Photos photos, Materials materials,
               LedgerScope ledger, Clock clock) {
        this.materials = materials;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.photos = photos;
        this.clock = clock;
    }

    public ActivityView record(Actor actor, ActivityDraft draft) {
        actor.require(KEEPERS);
        OrganizationSummary organizer = organizations.get(actor, draft.organizationId());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO activity (organization_id, organization_path, activity_type, title, starts_at, place,
                          youths, parents, others, summary, plan_task_id, version, created_by, created_at)
                        VALUES (:org, :path, :type, :title, :at, :place, :y, :p, :o, :summary, :task, 0, :by, :now)""")
                .params(fields(draft)).param("org", organizer.id()).param("path", organizer.path())
                .param("by", actor.username()).param("now", Timestamp.valueOf(LocalDateTime.now(clock)))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeLinks(actor, id, organizer, draft);
        return get(actor, id);
    }

    public ActivityView update(Actor actor, long activityId, ActivityDraft draft) {
        actor.require(KEEPERS);
        ActivityView current = get(actor, activityId);
        organized(actor, activityId);
        long seen = StaleEditException.requireSeen(ENTITY, activityId, draft.version(), current.version());
        OrganizationSummary organizer = organizations.get(actor, draft.organizationId());
        int changed = jdbc.sql("""
                        UPDATE activity SET organization_id = :org, organization_path = :path, activity_type = :type,
                          title = :title, starts_at = :at, place = :place, youths = :y, parents = :p, others = :o,
                          summary = :summary, plan_task_id = :task, version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(fields(draft)).param("org", organizer.id()).param("path", organizer.path())
                .param("id", activityId).param("version", seen)
                .update();
        if (changed == 0) {
            throw new StaleEditException(ENTITY, activityId);
        }
        Map<Long, ActivityView.Partner> confirmed = new HashMap<>();
        current.partners().stream().filter(ActivityView.Partner::isConfirmed)
                .forEach(partner -> confirmed.put(partner.organizationId(), partner));
        jdbc.sql("DELETE FROM activity_partner WHERE activity_id = :id").param("id", activityId).update();
        jdbc.sql("DELETE FROM activity_elder WHERE activity_id = :id").param("id", activityId).update();
        writeLinks(actor, activityId, organizer, draft);
        // a partner kept on the activity keeps its confirmation
        confirmed.values().forEach(partner -> jdbc.sql("""
                        UPDATE activity_partner SET confirmed_at = :at, confirmed_by = :by
                        WHERE activity_id = :id AND organization_id = :org""")
                .param("at", Timestamp.valueOf(partner.confirmedAt())).param("by", partner.confirmedBy())
                .param("id", activityId).param("org", partner.organizationId()).update());
        return get(actor, activityId);
    }

    /** A partner unit confirms the joint activity (for every partner organization the actor answers for). */
    public ActivityView confirm(Actor actor, long activityId) {
        actor.require(KEEPERS);
        get(actor, activityId);
        int changed = jdbc.sql("""
                        UPDATE activity_partner SET confirmed_at = :at, confirmed_by = :by
                        WHERE activity_id = :id AND organization_path LIKE :scope AND confirmed_at IS NULL""")
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock).withNano(0))).param("by", actor.username())
                .param("id", activityId).param("scope", actor.scopePattern()).update();
        if (changed == 0) {
            throw new BusinessRuleException("activity.confirm.nothing");
        }
        return get(actor, activityId);
    }

    public ActivityView addPhoto(Actor actor, long activityId, InputStream content) {
        actor.require(KEEPERS);
        get(actor, activityId);
        organized(actor, activityId);
        String name = photos.store(content);
        jdbc.sql("INSERT INTO activity_photo (activity_id, photo, added_at) VALUES (:id, :photo, :at)")
                .param("id", activityId).param("photo", name).param("at", Timestamp.valueOf(LocalDateTime.now(clock)))
                .update();
        return get(actor, activityId);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> photo(Actor actor, long photoId, boolean thumbnail) {
        actor.require(READERS);
        return jdbc.sql("SELECT a.id, ph.photo FROM activity_photo ph JOIN activity a ON a.id = ph.activity_id"
                        + " WHERE ph.id = :photo AND " + LedgerScope.VISIBLE)
                .param("photo", photoId).param("scope", actor.scopePattern())
                .query((rs, n) -> rs.getString(2)).optional()
                .flatMap(name -> photos.read(name, thumbnail));
    }

    /** The 五老 who took part, by volunteer id, so that an edit form keeps them. */
    @Transactional(readOnly = true)
    public List<Long> elderIds(Actor actor, long activityId) {
        get(actor, activityId);
        return jdbc.sql("SELECT volunteer_id FROM activity_elder WHERE activity_id = :id ORDER BY volunteer_id")
                .param("id", activityId).query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public ActivityView get(Actor actor, long activityId) {
        actor.require(READERS);
        List<ActivityView> found = views("a.id = :id AND " + LedgerScope.VISIBLE,
                Map.of("id", activityId, "scope", actor.scopePattern()), 1);
        if (found.isEmpty()) {
            throw new NotFoundException(ENTITY, activityId);
        }
        return found.get(0);
    }

    /** The ledger: the caller's own and partner activities, newest first, by key. */
    @Transactional(readOnly = true)
    public List<ActivityView> page(Actor actor, ActivityFilter filter, Long before, int size) {
        actor.require(READERS);
        Map<String, Object> params = new HashMap<>();
        String where = ledger.where(actor, filter, params) + " AND a.id < :before";
        params.put("before", before == null ? Long.MAX_VALUE : before);
        return views(where, params, Math.max(1, Math.min(size, 200)));
    }

    /** Every matching activity, in batches, for exports. */
    @Transactional(readOnly = true)
    public void forEach(Actor actor, ActivityFilter filter, Consumer<ActivityView> consumer) {
        Long before = null;
        while (true) {
            List<ActivityView> batch = page(actor, filter, before, 200);
            batch.forEach(consumer);
            if (batch.size() < 200) {
                return;
            }
            before = batch.get(batch.size() - 1).id();
        }
    }

    /** Only the organizer's side edits an activity; a partner confirms it. */
    private void organized(Actor actor, long activityId) {
        String path = jdbc.sql("SELECT organization_path FROM activity WHERE id = :id").param("id", activityId)
                .query(String.class).single();
        if (!actor.reaches(path)) {
            throw new BusinessRuleException("activity.partnerCannotEdit");
        }
    }

    /**
     * Partners and 五老. A partner unit is an organization the actor reaches, or one in the same parent
     * organization's subtree as the organizer (a village names the town's 派出所 or 中心校).
     */
    private void writeLinks(Actor actor, long activityId, OrganizationSummary organizer, ActivityDraft draft) {
        String parentPath = organizer.path().substring(0, organizer.path().lastIndexOf('/', organizer.path().length() - 2) + 1);
        for (Long partnerId : new LinkedHashSet<>(draft.partnerIds())) {
            OrganizationSummary partner = organizations.byId(partnerId)
                    .filter(found -> actor.reaches(found.path())
                            || organizer.parentId() != null && found.path().startsWith(parentPath))
                    .orElseThrow(() -> new NotFoundException("Organization", partnerId));
            if (partner.id() == organizer.id()) {
                throw new BusinessRuleException("activity.partner.self");
            }
            jdbc.sql("INSERT INTO activity_partner (activity_id, organization_id, organization_path) VALUES (:a, :o, :p)")
                    .param("a", activityId).param("o", partner.id()).param("p", partner.path()).update();
        }
        for (Long volunteerId : new LinkedHashSet<>(draft.volunteerIds())) {
            VolunteerSummary volunteer = volunteers.get(actor, volunteerId);
            jdbc.sql("INSERT INTO activity_elder (activity_id, volunteer_id, volunteer_name) VALUES (:a, :v, :n)")
                    .param("a", activityId).param("v", volunteer.id()).param("n", volunteer.name()).update();
        }
        materials.cite(actor, activityId, draft.materialIds());
    }

    private List<ActivityView> views(String where, Map<String, ?> params, int limit) {
        List<Head> heads = jdbc.sql("SELECT a.* FROM activity a WHERE " + where
                        + " ORDER BY a.id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(params).query(Head::of).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(Head::id).toList();
        Map<Long, List<ActivityView.Partner>> partners = new HashMap<>();
        record PartnerRow(long activityId, long organizationId, LocalDateTime confirmedAt, String confirmedBy) {
        }
        List<PartnerRow> partnerRows = new ArrayList<>();
        jdbc.sql("SELECT activity_id, organization_id, confirmed_at, confirmed_by FROM activity_partner"
                        + " WHERE activity_id IN (:ids) ORDER BY organization_path")
                .param("ids", ids)
                .query(rs -> {
                    Timestamp at = rs.getTimestamp(3);
                    partnerRows.add(new PartnerRow(rs.getLong(1), rs.getLong(2), at == null ? null : at.toLocalDateTime(),
                            rs.getString(4)));
                });
        Set<Long> organizationIds = new java.util.HashSet<>();
        heads.forEach(head -> organizationIds.add(head.organizationId()));
        partnerRows.forEach(partner -> organizationIds.add(partner.organizationId()));
        Map<Long, String> names = organizations.names(organizationIds);
        for (PartnerRow row : partnerRows) {
            partners.computeIfAbsent(row.activityId(), k -> new ArrayList<>()).add(new ActivityView.Partner(
                    row.organizationId(), names.getOrDefault(row.organizationId(), ""), row.confirmedAt(),
                    row.confirmedBy()));
        }
        Map<Long, List<String>> elders = new HashMap<>();
        jdbc.sql("SELECT activity_id, volunteer_name FROM activity_elder WHERE activity_id IN (:ids) ORDER BY volunteer_name")
                .param("ids", ids)
                .query(rs -> {
                    elders.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<Long>> photoIds = new HashMap<>();
        jdbc.sql("SELECT activity_id, id FROM activity_photo WHERE activity_id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query(rs -> {
                    photoIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Map<Long, List<ActivityView.Cited>> cited = materials.citedBy(ids);
        List<ActivityView> views = new ArrayList<>();
        for (Head h : heads) {
            long id = h.id();
            views.add(new ActivityView(id, h.organizationId(), names.getOrDefault(h.organizationId(), ""), h.type(),
                    h.title(), h.startsAt(), h.place(), h.youths(), h.parents(), h.others(), h.summary(),
                    h.planTaskId(), partners.getOrDefault(id, List.of()), elders.getOrDefault(id, List.of()),
                    photoIds.getOrDefault(id, List.of()), h.version(), cited.getOrDefault(id, List.of())));
        }
        return views;
    }

    /** An activity's own columns, before its partners, elders, photos and citations are joined. */
    private record Head(long id, long organizationId, ActivityType type, String title, LocalDateTime startsAt,
                        String place, int youths, int parents, int others, String summary, Long planTaskId,
                        long version) {

        static Head of(ResultSet rs, int n) throws SQLException {
            return new Head(rs.getLong("id"), rs.getLong("organization_id"),
                    ActivityType.valueOf(rs.getString("activity_type")), rs.getString("title"),
                    rs.getTimestamp("starts_at").toLocalDateTime(), rs.getString("place"), rs.getInt("youths"),
                    rs.getInt("parents"), rs.getInt("others"), rs.getString("summary"),
                    rs.getObject("plan_task_id", Long.class), rs.getLong("version"));
        }
    }

    private static Map<String, Object> fields(ActivityDraft draft) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("type", draft.type().name());
        fields.put("title", draft.title().strip());
        fields.put("at", Timestamp.valueOf(draft.startsAt().withNano(0)));
        fields.put("place", draft.place() == null || draft.place().isBlank() ? null : draft.place().strip());
        fields.put("y", draft.youths());
        fields.put("p", draft.parents());
        fields.put("o", draft.others());
        fields.put("summary", draft.summary() == null || draft.summary().isBlank() ? null : draft.summary().strip());
        fields.put("task", draft.planTaskId());
        return fields;
    }
}
