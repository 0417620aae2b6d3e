package com.carenext.activity;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.StaleEditException;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Volunteers;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Education bases (教育基地). A base is an organization of type EDUCATION_BASE; this module keeps its profile and
 * its visits (by schools, with a 五老 guide), stored with a copy of the base's path for scope.
 */
@Service
@Transactional
public class EducationBases {

    static final String ENTITY = "EducationBase";
    static final String VISIT = "BaseVisit";
    /** Visits on one page of a base's detail. */
    static final int VISIT_PAGE = 50;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Volunteers volunteers;
    private final Materials materials;
    private final Clock clock;

    EducationBases(JdbcClient jdbc, Organizations organizations, Volunteers volunteers, Materials materials,
                   Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.materials = materials;
        this.clock = clock;
    }

    /** How many bases a page of the list shows. */
    static final int PAGE = 50;

    /** Every base in the caller's subtree, with its profile (no visits or materials), for the API: three queries. */
    @Transactional(readOnly = true)
    public List<EducationBaseView> list(Actor actor) {
        actor.require(Activities.READERS);
        return profiled(organizations.ofType(actor, OrganizationType.EDUCATION_BASE, 0, Integer.MAX_VALUE).rows());
    }

    /** One page of the bases in the caller's subtree, in tree order, with their profiles and the count of all. */
    @Transactional(readOnly = true)
    public com.carenext.shared.Paged<EducationBaseView> page(Actor actor, int page) {
        actor.require(Activities.READERS);
        com.carenext.shared.Paged<OrganizationSummary> shown = organizations.ofType(actor,
                OrganizationType.EDUCATION_BASE, page, PAGE);
        return new com.carenext.shared.Paged<>(profiled(shown.rows()), shown.page(), shown.size(), shown.total());
    }

    private List<EducationBaseView> profiled(List<OrganizationSummary> bases) {
        if (bases.isEmpty()) {
            return List.of();
        }
        Map<Long, BaseProfile> profiles = new HashMap<>();
        jdbc.sql("SELECT * FROM education_base_profile WHERE organization_id IN (:ids)")
                .param("ids", bases.stream().map(OrganizationSummary::id).toList())
                .query(rs -> {
                    profiles.put(rs.getLong("organization_id"), profile(rs));
                });
        return bases.stream().map(b -> new EducationBaseView(b.id(), b.name(),
                profiles.getOrDefault(b.id(), BaseProfile.empty()), null, List.of(), null)).toList();
    }

    /** One base with its profile, the first page of its visits with yearly totals, and of its materials. */
    @Transactional(readOnly = true)
    public EducationBaseView get(Actor actor, long baseId) {
        return get(actor, baseId, 0, 0);
    }

    /**
     * One base with its profile, its yearly totals, one page of its visits (newest first) and one of its materials,
     * each with the number of all: nothing is cut at a cap.
     */
    @Transactional(readOnly = true)
    public EducationBaseView get(Actor actor, long baseId, int visitPage, int materialPage) {
        actor.require(Activities.READERS);
        OrganizationSummary base = base(actor, baseId);
        BaseProfile profile = jdbc.sql("SELECT * FROM education_base_profile WHERE organization_id = :id")
                .param("id", baseId).query((rs, n) -> profile(rs)).optional().orElse(BaseProfile.empty());
        return new EducationBaseView(base.id(), base.name(), profile, visits(actor, base, visitPage), totals(baseId),
                materials.ofOrganization(actor, baseId, materialPage));
    }

    private com.carenext.shared.Paged<VisitView> visits(Actor actor, OrganizationSummary base, int page) {
        List<VisitView> visits = jdbc.sql("SELECT * FROM base_visit WHERE base_id = :id AND organization_path LIKE :scope"
                        + " ORDER BY visited_on DESC, id DESC OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY")
                .param("id", base.id()).param("scope", actor.scopePattern())
                .param("offset", com.carenext.shared.Paged.offset(page, VISIT_PAGE)).param("size", VISIT_PAGE)
                .query(this::visit).list();
        long all = jdbc.sql("SELECT COUNT(*) FROM base_visit WHERE base_id = :id AND organization_path LIKE :scope")
                .param("id", base.id()).param("scope", actor.scopePattern()).query(Long.class).single();
        return new com.carenext.shared.Paged<>(visits, Math.max(0, page), VISIT_PAGE, all);
    }

    public EducationBaseView describe(Actor actor, long baseId, BaseProfile profile) {
        actor.require(Activities.KEEPERS);
        OrganizationSummary base = base(actor, baseId);
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", baseId);
        fields.put("path", base.path());
        fields.put("intro", blankToNull(profile.introduction()));
        fields.put("address", blankToNull(profile.address()));
        fields.put("capacity", profile.capacity());
        fields.put("contact", blankToNull(profile.contact()));
        fields.put("opening", blankToNull(profile.openingNotes()));
        Long current = jdbc.sql("SELECT version FROM education_base_profile WHERE organization_id = :id")
                .param("id", baseId).query(Long.class).optional().orElse(null);
        if (current == null) {
            jdbc.sql("""
                            INSERT INTO education_base_profile (organization_id, organization_path, introduction, address,
                              capacity, contact, opening_notes, version)
                            VALUES (:id, :path, :intro, :address, :capacity, :contact, :opening, 0)""")
                    .params(fields).update();
        } else {
            fields.put("version", StaleEditException.requireSeen(ENTITY, baseId, profile.version(), current));
            int changed = jdbc.sql("""
                            UPDATE education_base_profile SET introduction = :intro, address = :address,
                              capacity = :capacity, contact = :contact, opening_notes = :opening, version = version + 1
                            WHERE organization_id = :id AND version = :version""")
                    .params(fields).update();
            if (changed == 0) {
                throw new StaleEditException(ENTITY, baseId);
            }
        }
        return get(actor, baseId);
    }

    public VisitView recordVisit(Actor actor, long baseId, VisitDraft draft) {
        actor.require(Activities.KEEPERS);
        OrganizationSummary base = base(actor, baseId);
        String school = blankToNull(draft.school());
        if (draft.schoolId() != null) {
            OrganizationSummary found = organizations.get(actor, draft.schoolId());
            if (found.type() != OrganizationType.SCHOOL && found.type() != OrganizationType.KINDERGARTEN) {
                throw new BusinessRuleException("base.visit.notASchool", found.name());
            }
            school = found.name();
        }
        VolunteerSummary guide = draft.guideId() == null ? null : volunteers.get(actor, draft.guideId());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO base_visit (base_id, organization_path, visited_on, visiting_group, school, school_id,
                          students, adults, guide_id, guide_name, notes, created_by, created_at)
                        VALUES (:base, :path, :on, :group, :school, :schoolId, :students, :adults, :guide, :guideName,
                          :notes, :by, :now)""")
                .param("base", baseId).param("path", base.path()).param("on", Date.valueOf(draft.visitedOn()))
                .param("group", draft.visitingGroup().strip()).param("school", school)
                .param("schoolId", draft.schoolId()).param("students", draft.students())
                .param("adults", draft.adults()).param("guide", guide == null ? null : guide.id())
                .param("guideName", guide == null ? null : guide.name()).param("notes", blankToNull(draft.notes()))
                .param("by", actor.username()).param("now", Timestamp.valueOf(LocalDateTime.now(clock)))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return jdbc.sql("SELECT * FROM base_visit WHERE id = :id").param("id", id).query(this::visit).single();
    }

    /** One page of the visits of one base, newest first, with the count of all, for the API. */
    @Transactional(readOnly = true)
    public com.carenext.shared.Paged<VisitView> visits(Actor actor, long baseId, int page) {
        actor.require(Activities.READERS);
        return visits(actor, base(actor, baseId), page);
    }

    /** Visits and students per year, newest year first: one grouped query, whatever the number of visits. */
    private List<EducationBaseView.YearTotal> totals(long baseId) {
        return jdbc.sql("""
                        SELECT EXTRACT(YEAR FROM visited_on) AS y, COUNT(*) AS n, COALESCE(SUM(students), 0) AS s
                        FROM base_visit WHERE base_id = :id GROUP BY EXTRACT(YEAR FROM visited_on) ORDER BY y DESC""")
                .param("id", baseId)
                .query((rs, n) -> new EducationBaseView.YearTotal(rs.getInt("y"), rs.getInt("n"), rs.getLong("s")))
                .list();
    }

    /** The organization, in the caller's scope and of type EDUCATION_BASE; anything else is not found. */
    private OrganizationSummary base(Actor actor, long baseId) {
        OrganizationSummary base = organizations.get(actor, baseId);
        if (base.type() != OrganizationType.EDUCATION_BASE) {
            throw new NotFoundException(ENTITY, baseId);
        }
        return base;
    }

    private static BaseProfile profile(ResultSet rs) throws SQLException {
        return new BaseProfile(rs.getString("introduction"), rs.getString("address"),
                (Integer) rs.getObject("capacity", Integer.class), rs.getString("contact"),
                rs.getString("opening_notes"), rs.getLong("version"));
    }

    private VisitView visit(ResultSet rs, int n) throws SQLException {
        return new VisitView(rs.getLong("id"), rs.getLong("base_id"), rs.getDate("visited_on").toLocalDate(),
                rs.getString("visiting_group"), rs.getString("school"), (Long) rs.getObject("school_id", Long.class),
                rs.getInt("students"), rs.getInt("adults"), (Long) rs.getObject("guide_id", Long.class),
                rs.getString("guide_name"), rs.getString("notes"));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
