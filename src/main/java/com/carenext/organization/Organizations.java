package com.carenext.organization;

import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization tree: reading it within the caller's subtree, and changing it (create, describe, move,
 * deactivate) as a {@link Role#TOWN_ADMIN}. Nothing is ever deleted: records elsewhere refer to organizations.
 */
@Service
@Transactional
public class Organizations {

    static final String ENTITY = "Organization";

    private final OrganizationRepository repository;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<OrganizationPathCopies> pathCopies;

    Organizations(OrganizationRepository repository, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                  List<OrganizationPathCopies> pathCopies) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.pathCopies = List.copyOf(pathCopies);
    }

    /** The path of an organization, for building an actor's scope; empty when it does not exist. */
    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> byId(long id) {
        return repository.findById(id).map(organization -> organization.summary(0));
    }

    /**
     * The names of the given organizations in one query, for lists that show each row's organization; an id that
     * does not exist is absent from the map. Names are not scoped: the caller shows rows it already may read. One
     * statement: it joins a transaction but opens none.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM organization WHERE id IN (:ids)").param("ids", Set.copyOf(ids))
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        return names;
    }

    /** How many active organizations of each type the actor's subtree holds, for the dashboard. */
    @Transactional(readOnly = true)
    public Map<OrganizationType, Integer> countsByType(Actor actor) {
        Map<OrganizationType, Integer> counts = new java.util.EnumMap<>(OrganizationType.class);
        jdbc.sql("SELECT type, COUNT(*) AS n FROM organization WHERE path LIKE :scope AND active GROUP BY type")
                .param("scope", actor.scopePattern())
                .query((rs, row) -> counts.put(OrganizationType.valueOf(rs.getString("type")), rs.getInt("n")))
                .list();
        return counts;
    }

    /** The top-level organizations (no parent), for the first start. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> topLevel() {
        return repository.findRoots().stream().map(organization -> organization.summary(0)).toList();
    }

    @Transactional(readOnly = true)
    public OrganizationSummary get(Actor actor, long id) {
        Organization organization = visible(actor, id);
        return organization.summary(childCounts(List.of(organization.getId())).getOrDefault(organization.getId(), 0));
    }

    /** The children of a node, or the actor's own organization when {@code parentId} is null (the tree's root). */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> children(Actor actor, Long parentId) {
        List<Organization> nodes = parentId == null
                ? List.of(visible(actor, actor.organizationId()))
                : repository.findChildren(visible(actor, parentId).getId());
        Map<Long, Integer> counts = childCounts(nodes.stream().map(Organization::getId).toList());
        return nodes.stream().map(node -> node.summary(counts.getOrDefault(node.getId(), 0))).toList();
    }

    /** The ancestors of a node that the actor can see, from the actor's own organization down (breadcrumbs). */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> ancestors(Actor actor, long id) {
        Organization organization = visible(actor, id);
        List<Long> ids = java.util.Arrays.stream(organization.getPath().split("/"))
                .filter(part -> !part.isEmpty()).map(Long::valueOf)
                .filter(ancestor -> ancestor != id).toList();
        return repository.findAllById(ids).stream()
                .filter(ancestor -> actor.reaches(ancestor.getPath()))
                .sorted(java.util.Comparator.comparingInt(Organization::getDepth))
                .map(ancestor -> ancestor.summary(0)).toList();
    }

    /** Organizations of the subtree whose name contains the text, shallowest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> search(Actor actor, String text, int limit) {
        return search(actor, text, Set.of(), limit);
    }

    /** The same, of the given types only (all types when none is given). */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> search(Actor actor, String text, Collection<OrganizationType> types, int limit) {
        String pattern = namePattern(text);
        int bounded = Math.max(1, Math.min(limit, 500));
        List<Organization> found = types.isEmpty()
                ? repository.search(actor.scopePattern(), pattern, bounded)
                : repository.searchOfTypes(actor.scopePattern(), pattern,
                types.stream().map(OrganizationType::name).toList(), bounded);
        return found.stream().map(organization -> organization.summary(0)).toList();
    }

    /** How many organizations of the subtree {@link #search} finds in all (a page that lists a few says how many). */
    @Transactional(readOnly = true)
    public long searchCount(Actor actor, String text) {
        return repository.countMatching(actor.scopePattern(), namePattern(text));
    }

    private static String namePattern(String text) {
        String needle = text == null ? "" : text.strip();
        return "%" + needle.toLowerCase().replace("%", "").replace("_", "") + "%";
    }

    /** The one chosen organization of a form's picker, if it lies in the actor's subtree (none for null). */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> chosen(Actor actor, Long id) {
        return chosen(actor, java.util.Collections.singletonList(id));
    }

    /**
     * The given organizations that lie in the actor's subtree, in the order given, in one query: what a form's
     * picker shows as chosen (a foreign or unknown id is left out, so its name is never shown).
     */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> chosen(Actor actor, Collection<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganizationSummary> found = new HashMap<>();
        repository.findAllById(wanted).stream().filter(organization -> actor.reaches(organization.getPath()))
                .forEach(organization -> found.put(organization.getId(), organization.summary(0)));
        return wanted.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * All the given organizations, each in the actor's subtree, in the order given, in one query (a notice's
     * recipients): an unknown or foreign id is refused as not found, like {@link #get}.
     */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> every(Actor actor, Collection<Long> ids) {
        List<OrganizationSummary> found = chosen(actor, ids);
        if (found.size() < ids.stream().filter(Objects::nonNull).distinct().count()) {
            Set<Long> known = found.stream().map(OrganizationSummary::id).collect(java.util.stream.Collectors.toSet());
            ids.stream().filter(id -> id != null && !known.contains(id)).findFirst().ifPresent(id -> {
                throw new NotFoundException(ENTITY, id);
            });
        }
        return found;
    }

    /** The active organizations of one organization's subtree (itself included), in tree order, in one query. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> subtreeOf(Actor actor, long rootId) {
        return repository.subtree(visible(actor, rootId).getPath() + "%", false)
                .stream().map(organization -> organization.summary(0)).toList();
    }

    /**
     * For a public page (no actor, so no scope): the active organizations of the given types whose own name or whose
     * parent's name contains the text, each with its parent's name (names repeat across towns), by parent and
     * order, at most {@code limit}; nothing for a blank text. Only ids and names leave this method. One query.
     */
    @Transactional(readOnly = true)
    public List<PublicUnit> publicSearch(Collection<OrganizationType> types, String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase().replace("%", "").replace("_", "");
        if (needle.isEmpty() || types.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT o.id, o.name, p.name AS parent_name FROM organization o
                        LEFT JOIN organization p ON p.id = o.parent_id
                        WHERE o.active AND o.type IN (:types) AND (LOWER(o.name) LIKE :text OR LOWER(p.name) LIKE :text)
                        ORDER BY p.path, o.sort_order, o.id FETCH FIRST :n ROWS ONLY""")
                .param("types", types.stream().map(OrganizationType::name).toList())
                .param("text", "%" + needle + "%").param("n", Math.max(1, Math.min(limit, 100)))
                .query((rs, row) -> new PublicUnit(rs.getLong("id"), rs.getString("name"),
                        rs.getString("parent_name")))
                .list();
    }

    /** For a public page: the organization if it is active and of one of the types, with its parent's name. */
    @Transactional(readOnly = true)
    public Optional<PublicUnit> publicUnit(Collection<OrganizationType> types, Long id) {
        if (id == null || types.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT o.id, o.name, p.name AS parent_name FROM organization o
                        LEFT JOIN organization p ON p.id = o.parent_id
                        WHERE o.id = :id AND o.active AND o.type IN (:types)""")
                .param("id", id).param("types", types.stream().map(OrganizationType::name).toList())
                .query((rs, row) -> new PublicUnit(rs.getLong("id"), rs.getString("name"),
                        rs.getString("parent_name")))
                .optional();
    }

    /** An organization as a public page may name it: its id, its name and its parent's name (null at the top). */
    public record PublicUnit(long id, String name, String parentName) {

        /** "某村（某镇）", or the name alone at the top: the unit's own name first, so a phone's narrow select shows it. */
        public String label() {
            return parentName == null ? name : name + "（" + parentName + "）";
        }
    }

    /**
     * One page of the active organizations of one type in the actor's subtree, in tree order, with the count of all:
     * a list of them (the education bases) that is paged in SQL, not filtered from the whole subtree.
     */
    @Transactional(readOnly = true)
    public com.carenext.shared.Paged<OrganizationSummary> ofType(Actor actor, OrganizationType type, int page, int size) {
        long total = repository.countOfType(actor.scopePattern(), type.name());
        List<OrganizationSummary> rows = repository.ofType(actor.scopePattern(), type.name(),
                com.carenext.shared.Paged.offset(page, size), size).stream()
                .map(organization -> organization.summary(0)).toList();
        return new com.carenext.shared.Paged<>(rows, Math.max(0, page), size, total);
    }

    /** The whole subtree in tree order, for pickers; active organizations only unless asked. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> subtree(Actor actor, boolean includeInactive) {
        return repository.subtree(actor.scopePattern(), includeInactive)
                .stream().map(organization -> organization.summary(0)).toList();
    }

    public OrganizationSummary create(Actor actor, OrganizationDraft draft) {
        actor.require(Role.TOWN_ADMIN);
        if (draft.parentId() == null) {
            throw new BusinessRuleException("organization.parentRequired");
        }
        Organization parent = visible(actor, draft.parentId());
        return insert(parent, draft);
    }

    /** Creates a top-level organization: only for the first start, before any account exists. */
    public OrganizationSummary createRoot(String name, OrganizationType type) {
        return insert(null, new OrganizationDraft(name, type, null, 0, null, null, null, null));
    }

    private OrganizationSummary insert(Organization parent, OrganizationDraft draft) {
        long id = Objects.requireNonNull(jdbc.sql("SELECT nextval('organization_seq')").query(Long.class).single());
        Instant now = clock.instant();
        Organization organization = Organization.create(id, parent, draft.name().strip(), draft.type(), now);
        organization.describe(draft.name().strip(), draft.type(), draft.sortOrderOrZero(), blankToNull(draft.contactPerson()),
                blankToNull(draft.contactPhone()), blankToNull(draft.address()), now);
        return repository.save(organization).summary(0);
    }

    public OrganizationSummary describe(Actor actor, long id, OrganizationDraft draft) {
        actor.require(Role.TOWN_ADMIN);
        Organization organization = editable(actor, id, draft.version());
        organization.describe(draft.name().strip(), draft.type(), draft.sortOrderOrZero(),
                blankToNull(draft.contactPerson()), blankToNull(draft.contactPhone()), blankToNull(draft.address()),
                clock.instant());
        return repository.save(organization).summary(0);
    }

    /** Moves a node and its whole subtree under another parent; never under itself or its own descendants. */
    public OrganizationSummary move(Actor actor, long id, long newParentId, Long seenVersion) {
        actor.require(Role.TOWN_ADMIN);
        Organization organization = editable(actor, id, seenVersion);
        if (organization.getId() == actor.organizationId()) {
            throw new BusinessRuleException("organization.move.ownRoot");
        }
        Organization newParent = visible(actor, newParentId);
        if (organization.isAncestorOf(newParent)) {
            throw new BusinessRuleException("organization.move.intoOwnSubtree", organization.getName(), newParent.getName());
        }
        String oldPath = organization.getPath();
        int oldDepth = organization.getDepth();
        organization.moveUnder(newParent, clock.instant());
        repository.save(organization);
        jdbc.sql("""
                        UPDATE organization
                        SET path = :newPath || SUBSTRING(path FROM :cut), depth = depth + :shift
                        WHERE path LIKE :oldPattern AND id <> :id""")
                .param("newPath", organization.getPath())
                .param("cut", oldPath.length() + 1)
                .param("shift", organization.getDepth() - oldDepth)
                .param("oldPattern", oldPath + "%")
                .param("id", organization.getId())
                .update();
        rewritePathCopies(oldPath, organization.getPath());
        events.publishEvent(new OrganizationMoved(organization.getId(), oldPath, organization.getPath()));
        return get(actor, id);
    }

    /** Deactivates (or reactivates) a node; its history and records stay. Children must be deactivated first. */
    public OrganizationSummary setActive(Actor actor, long id, boolean active, Long seenVersion) {
        actor.require(Role.TOWN_ADMIN);
        Organization organization = editable(actor, id, seenVersion);
        if (organization.getId() == actor.organizationId()) {
            throw new BusinessRuleException("organization.deactivate.ownRoot");
        }
        if (!active && activeChildren(organization.getId()) > 0) {
            throw new BusinessRuleException("organization.deactivate.hasActiveChildren", organization.getName());
        }
        organization.setActive(active, clock.instant());
        return repository.save(organization).summary(0);
    }

    /** The organization if it lies in the actor's subtree; otherwise 404, exactly as if it did not exist. */
    Organization visible(Actor actor, long id) {
        return repository.findById(id)
                .filter(organization -> actor.reaches(organization.getPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Organization editable(Actor actor, long id, Long seenVersion) {
        Organization organization = visible(actor, id);
        StaleEditException.requireSeen(ENTITY, id, seenVersion, organization.getVersion());
        return organization;
    }

    private int activeChildren(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM organization WHERE parent_id = :id AND active")
                .param("id", id).query(Integer.class).single();
    }

    private Map<Long, Integer> childCounts(List<Long> ids) {
        Map<Long, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT parent_id, COUNT(*) AS n FROM organization WHERE parent_id IN (:ids) GROUP BY parent_id")
                .param("ids", ids)
                .query((rs, row) -> counts.put(rs.getLong("parent_id"), rs.getInt("n")))
                .list();
        return counts;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Every module's copies of the moved subtree's paths, one statement per registered table. */
    private void rewritePathCopies(String oldPath, String newPath) {
        for (OrganizationPathCopies copies : pathCopies) {
            for (String table : copies.tables()) {
                jdbc.sql("UPDATE " + table + " SET organization_path = :newPath || SUBSTRING(organization_path FROM :cut)"
                                + " WHERE organization_path LIKE :oldPattern")
                        .param("newPath", newPath)
                        .param("cut", oldPath.length() + 1)
                        .param("oldPattern", oldPath + "%")
                        .update();
            }
        }
    }
}
