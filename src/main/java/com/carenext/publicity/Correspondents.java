package com.carenext.publicity;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.security.Accounts;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Paged;
import com.carenext.shared.PersonalData;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The correspondent grid (通讯员网格): who reports for which organization and which area, with the history of
 * every change. Kept by the town office and each organization's manager, within their subtree.
 */
@Service
@Transactional
public class Correspondents {

    static final String ENTITY = "Correspondent";
    /** Correspondents on one page of the list. */
    static final int PAGE = 50;

    private final CorrespondentRepository repository;
    private final Organizations organizations;
    private final List<CorrespondentTrainings> trainings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Accounts accounts;
    private final PersonalData personalData;

    Correspondents(CorrespondentRepository repository, Organizations organizations,
                   List<CorrespondentTrainings> trainings, JdbcClient jdbc, Clock clock, Accounts accounts,
                   PersonalData personalData) {
        this.personalData = personalData;
        this.accounts = accounts;
        this.repository = repository;
        this.organizations = organizations;
        this.trainings = trainings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Every correspondent of the caller's subtree, uncut: for figures over all of them (the year's scoring) and the
     * author choice of a submission. Lists for reading go through {@link #page}.
     */
    @Transactional(readOnly = true)
    public List<CorrespondentView> list(Actor actor, boolean includeInactive) {
        return views(actor, includeInactive, " ORDER BY organization_path, id", Map.of());
    }

    /**
     * One page ({@value #PAGE} rows) of the correspondents of the caller's subtree, by organization and id, with the
     * exact count of all pages.
     */
    @Transactional(readOnly = true)
    public Paged<CorrespondentView> page(Actor actor, boolean includeInactive, int page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM correspondent c WHERE " + inScope(includeInactive))
                .param("scope", actor.scopePattern()).query(Long.class).single();
        List<CorrespondentView> rows = views(actor, includeInactive,
                " ORDER BY organization_path, id OFFSET :offset ROWS FETCH FIRST :n ROWS ONLY",
                Map.of("offset", Paged.offset(page, PAGE), "n", PAGE));
        return new Paged<>(rows, Math.max(0, page), PAGE, total);
    }

    private static String inScope(boolean includeInactive) {
        return "c.organization_path LIKE :scope" + (includeInactive ? "" : " AND c.active");
    }

    /**
     * The correspondents of the caller's subtree (ordered and cut by {@code orderAndCut}) with their grid history:
     * two queries whatever the number of rows (loading the aggregates read each one's history separately).
     */
    private List<CorrespondentView> views(Actor actor, boolean includeInactive, String orderAndCut,
                                          Map<String, Object> cut) {
        record Row(long id, long organizationId, String name, String phone, String grid, Long userId, boolean active,
                   long version) {
        }
        List<Row> rows = jdbc.sql("SELECT id, organization_id, name, phone, grid, user_id, active, version"
                        + " FROM correspondent c WHERE " + inScope(includeInactive) + orderAndCut)
                .param("scope", actor.scopePattern()).params(cut)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"),
                        personalData.open("phone", rs.getString("phone")), rs.getString("grid"),
                        rs.getObject("user_id", Long.class), rs.getBoolean("active"), rs.getLong("version")))
                .list();
        Map<Long, List<CorrespondentView.Period>> history = new HashMap<>();
        if (!rows.isEmpty()) {
            long first = rows.stream().mapToLong(Row::id).min().orElseThrow();
            long last = rows.stream().mapToLong(Row::id).max().orElseThrow();
            jdbc.sql("""
                            SELECT p.correspondent, p.organization_id, p.organization_name, p.grid, p.valid_from,
                                   p.valid_to
                            FROM correspondent_period p JOIN correspondent c ON c.id = p.correspondent
                            WHERE p.correspondent BETWEEN :first AND :last AND """ + " " + inScope(includeInactive)
                            + " ORDER BY p.valid_from DESC")
                    .param("first", first).param("last", last).param("scope", actor.scopePattern())
                    .query(rs -> {
                        java.sql.Date to = rs.getDate("valid_to");
                        history.computeIfAbsent(rs.getLong("correspondent"), id -> new java.util.ArrayList<>())
                                .add(new CorrespondentView.Period(rs.getLong("organization_id"),
                                        rs.getString("organization_name"), rs.getString("grid"),
                                        rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate()));
                    });
        }
        Map<Long, String> names = organizations.names(rows.stream().map(Row::organizationId).toList());
        return rows.stream().map(r -> new CorrespondentView(r.id(), r.organizationId(),
                names.getOrDefault(r.organizationId(), ""), r.name(), r.phone(), r.grid(), r.userId(), r.active(),
                r.version(), history.getOrDefault(r.id(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public CorrespondentView get(Actor actor, long id) {
        Correspondent correspondent = visible(actor, id);
        return correspondent.view(organizations.get(actor, correspondent.getOrganizationId()).name());
    }

    /** The correspondent with the full phone: a deliberate act of a keeper, recorded in the audit trail. */
    @Transactional(readOnly = true)
    public CorrespondentView reveal(Actor actor, long id) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        return get(actor, id);
    }

    /** The 通讯员培训 sessions of the correspondent, from whichever module provides them (none until one does). */
    @Transactional(readOnly = true)
    public List<CorrespondentTrainings.Session> trainings(Actor actor, long id) {
        CorrespondentView correspondent = get(actor, id);
        return trainings.stream().flatMap(source -> source.sessionsOf(id, correspondent.userId()).stream())
                .sorted(java.util.Comparator.comparing(CorrespondentTrainings.Session::date).reversed()).toList();
    }

    /** The correspondents a user is (by login account), for pre-filling the author of a submission. */
    @Transactional(readOnly = true)
    public List<CorrespondentView> ofUser(Actor actor) {
        return repository.byUser(actor.userId()).stream().filter(c -> actor.reaches(c.getOrganizationPath()))
                .map(c -> c.view(actor.organizationName())).toList();
    }

    public CorrespondentView create(Actor actor, CorrespondentDraft draft) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        checkAccount(actor, draft.userId());
        LocalDate from = draft.from() == null ? LocalDate.now(clock) : draft.from();
        Correspondent created = repository.save(Correspondent.create(draft, organization.path(), organization.name(),
                from, clock.instant()));
        return created.view(organization.name());
    }

    /** Updates the record; a change of organization or grid closes the current period and opens a new one. */
    public CorrespondentView update(Actor actor, long id, CorrespondentDraft draft) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        Correspondent correspondent = editable(actor, id, draft.version());
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        checkAccount(actor, draft.userId());
        correspondent.describe(draft, clock.instant());
        correspondent.reassign(organization.id(), organization.path(), organization.name(), draft.grid(),
                draft.from() == null ? LocalDate.now(clock) : draft.from());
        return repository.save(correspondent).view(organization.name());
    }

    public CorrespondentView setActive(Actor actor, long id, boolean active, Long seenVersion) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        Correspondent correspondent = editable(actor, id, seenVersion);
        correspondent.setActive(active, clock.instant());
        Correspondent saved = repository.save(correspondent);
        return saved.view(organizations.get(actor, saved.getOrganizationId()).name());
    }

    /** Correspondents of the actor's subtree by id, for naming authors; unknown or foreign ids are left out. */
    @Transactional(readOnly = true)
    Map<Long, CorrespondentView> byIds(Actor actor, List<Long> ids) {
        Map<Long, CorrespondentView> found = new HashMap<>();
        repository.findAllById(ids).stream().filter(c -> actor.reaches(c.getOrganizationPath()))
                .forEach(c -> found.put(c.getId(), c.view("")));
        return found;
    }

    /**
     * Active correspondents of the caller's subtree whose name contains the text, by organization and id, at most
     * {@code limit}: what the article form's author picker offers (it never lists the whole grid).
     */
    @Transactional(readOnly = true)
    public List<CorrespondentView> search(Actor actor, String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase().replace("%", "").replace("_", "");
        return views(actor, false, " AND LOWER(c.name) LIKE :name ORDER BY organization_path, id FETCH FIRST :n ROWS ONLY",
                Map.of("name", "%" + needle + "%", "n", Math.max(1, Math.min(limit, 100))));
    }

    /** The given correspondents of the caller's subtree, in the order given, named with their organization. */
    @Transactional(readOnly = true)
    public List<CorrespondentView> among(Actor actor, List<Long> ids) {
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Long, CorrespondentView> found = new HashMap<>();
        views(actor, true, " AND c.id IN (:ids)", Map.of("ids", wanted)).forEach(c -> found.put(c.id(), c));
        return wanted.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A linked account must exist and lie in the caller's subtree (checked by the security module). */
    private void checkAccount(Actor actor, Long userId) {
        if (userId != null && !accounts.reaches(actor, userId)) {
            throw new BusinessRuleException("reference.account.outOfScope", String.valueOf(userId));
        }
    }

    private Correspondent visible(Actor actor, long id) {
        return repository.findById(id).filter(c -> actor.reaches(c.getOrganizationPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Correspondent editable(Actor actor, long id, Long seenVersion) {
        Correspondent correspondent = visible(actor, id);
        StaleEditException.requireSeen(ENTITY, id, seenVersion, correspondent.getVersion());
        return correspondent;
    }
}
