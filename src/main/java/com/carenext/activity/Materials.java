package com.carenext.activity;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of stories and materials (讲好红色故事、讲好“大寨”故事、讲好当代故事), text with tags, owned by a base or a
 * committee and read within the caller's subtree. Activities cite them (activity_material).
 */
@Service
@Transactional
public class Materials {

    static final String ENTITY = "StoryMaterial";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch;
    private final Organizations organizations;
    private final Clock clock;

    Materials(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch,
              Organizations organizations, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.organizations = organizations;
        this.clock = clock;
    }

    public MaterialView add(Actor actor, MaterialDraft draft) {
        actor.require(Activities.KEEPERS);
        OrganizationSummary owner = organizations.get(actor, draft.organizationId());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO story_material (organization_id, organization_path, kind, title, body, tags, version,
                          created_by, created_at)
                        VALUES (:org, :path, :kind, :title, :body, :tags, 0, :by, :now)""")
                .param("org", owner.id()).param("path", owner.path()).param("kind", draft.kind().name())
                .param("title", draft.title().strip()).param("body", draft.body().strip())
                .param("tags", storedTags(draft.tags())).param("by", actor.username())
                .param("now", Timestamp.valueOf(LocalDateTime.now(clock)))
                .update(keys, "id");
        return get(actor, keys.getKeyAs(Number.class).longValue());
    }

    @Transactional(readOnly = true)
    public MaterialView get(Actor actor, long materialId) {
        actor.require(Activities.READERS);
        return jdbc.sql("SELECT * FROM story_material WHERE id = :id AND organization_path LIKE :scope")
                .param("id", materialId).param("scope", actor.scopePattern()).query(Materials::material).optional().map(this::named)
                .orElseThrow(() -> new NotFoundException(ENTITY, materialId));
    }

    /**
     * The library in scope, newest first, by key: {@code q} matches one tag exactly, or a part of the title or text.
     */
    @Transactional(readOnly = true)
    public List<MaterialView> search(Actor actor, String q, Long before, int size) {
        actor.require(Activities.READERS);
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("organization_path LIKE :scope AND id < :before");
        params.put("scope", actor.scopePattern());
        params.put("before", before == null ? Long.MAX_VALUE : before);
        String text = EducationBases.blankToNull(q);
        if (text != null) {
            where.append(" AND (tags LIKE :tag ESCAPE '\\' OR title LIKE :part ESCAPE '\\' OR body LIKE :part ESCAPE '\\')");
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put("tag", "%," + escaped + ",%");
            params.put("part", "%" + escaped + "%");
        }
        return named(jdbc.sql("SELECT * FROM story_material WHERE " + where + " ORDER BY id DESC FETCH FIRST "
                        + Math.max(1, Math.min(size, 200)) + " ROWS ONLY")
                .params(params).query(Materials::material).list());
    }

    /**
     * The given materials that lie in the actor's scope, in the order given, in one query: what the activity form's
     * material picker shows as ticked (a foreign or unknown id is left out, never named).
     */
    @Transactional(readOnly = true)
    public List<MaterialView> among(Actor actor, List<Long> ids) {
        actor.require(Activities.READERS);
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Long, MaterialView> found = new HashMap<>();
        named(jdbc.sql("SELECT * FROM story_material WHERE id IN (:ids) AND organization_path LIKE :scope")
                .param("ids", wanted).param("scope", actor.scopePattern()).query(Materials::material).list())
                .forEach(material -> found.put(material.id(), material));
        return wanted.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Materials on one page of a base's detail. */
    static final int PAGE = 50;

    /** One page of the materials a base (or committee) owns, newest first, with the count of all. */
    @Transactional(readOnly = true)
    public com.carenext.shared.Paged<MaterialView> ofOrganization(Actor actor, long organizationId, int page) {
        actor.require(Activities.READERS);
        List<MaterialView> rows = named(jdbc.sql("SELECT * FROM story_material WHERE organization_id = :org"
                        + " AND organization_path LIKE :scope ORDER BY id DESC OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY")
                .param("org", organizationId).param("scope", actor.scopePattern())
                .param("offset", com.carenext.shared.Paged.offset(page, PAGE)).param("size", PAGE)
                .query(Materials::material).list());
        long all = jdbc.sql("SELECT COUNT(*) FROM story_material WHERE organization_id = :org AND organization_path LIKE :scope")
                .param("org", organizationId).param("scope", actor.scopePattern()).query(Long.class).single();
        return new com.carenext.shared.Paged<>(rows, Math.max(0, page), PAGE, all);
    }

    /** Replaces an activity's citations with materials the actor can read (anything else is not found). */
    void cite(Actor actor, long activityId, List<Long> materialIds) {
        // a citation already on the activity stays allowed for an editor who does not see that library
        List<Long> before = jdbc.sql("SELECT material_id FROM activity_material WHERE activity_id = :id")
                .param("id", activityId).query(Long.class).list();
        jdbc.sql("DELETE FROM activity_material WHERE activity_id = :id").param("id", activityId).update();
        // The new citations are checked together (one query) and written in one batch, however many.
        List<Long> cited = List.copyOf(new LinkedHashSet<>(materialIds));
        List<Long> added = cited.stream().filter(id -> !before.contains(id)).toList();
        java.util.Set<Long> readable = among(actor, added).stream().map(MaterialView::id)
                .collect(Collectors.toSet());
        added.stream().filter(id -> !readable.contains(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException(ENTITY, id);
        });
        batch.batchUpdate("INSERT INTO activity_material (activity_id, material_id) VALUES (:a, :m)",
                cited.stream().map(id -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                        .addValue("a", activityId).addValue("m", id))
                        .toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
    }

    /** Titles of the materials each activity cites (a cited material shows with the activity it belongs to). */
    Map<Long, List<ActivityView.Cited>> citedBy(List<Long> activityIds) {
        Map<Long, List<ActivityView.Cited>> cited = new HashMap<>();
        jdbc.sql("SELECT am.activity_id, m.id, m.kind, m.title FROM activity_material am"
                        + " JOIN story_material m ON m.id = am.material_id WHERE am.activity_id IN (:ids) ORDER BY m.id")
                .param("ids", activityIds)
                .query(rs -> {
                    cited.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(
                            new ActivityView.Cited(rs.getLong(2), MaterialKind.valueOf(rs.getString(3)), rs.getString(4)));
                });
        return cited;
    }


    /** "红色故事，治沙、 大寨" becomes ",红色故事,治沙,大寨," (deduplicated, order kept). */
    static String storedTags(String tags) {
        if (tags == null || tags.isBlank()) {
            return ",";
        }
        return Arrays.stream(tags.split("[,，、;；\\s]+")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream()
                .collect(Collectors.joining(",", ",", ","));
    }

    /** The rows with their owners' names, looked up in one query. */
    private List<MaterialView> named(List<MaterialView> rows) {
        Map<Long, String> names = organizations.names(rows.stream().map(MaterialView::organizationId).toList());
        return rows.stream().map(row -> named(row, names)).toList();
    }

    private MaterialView named(MaterialView row) {
        return named(List.of(row)).get(0);
    }

    private static MaterialView named(MaterialView row, Map<Long, String> names) {
        return new MaterialView(row.id(), row.organizationId(), names.getOrDefault(row.organizationId(), ""),
                row.kind(), row.title(), row.body(), row.tags());
    }

    /** A row without its owner's name, which {@link #named(List)} adds. */
    private static MaterialView material(ResultSet rs, int row) throws SQLException {
        List<String> tags = Arrays.stream(rs.getString("tags").split(",")).filter(t -> !t.isEmpty()).toList();
        return new MaterialView(rs.getLong("id"), rs.getLong("organization_id"), "",
                MaterialKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"), tags);
    }
}
