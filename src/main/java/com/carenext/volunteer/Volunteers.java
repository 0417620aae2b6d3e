package com.carenext.volunteer;

import com.carenext.shared.Masking;
import com.carenext.shared.PersonalData;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.security.Accounts;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Paged;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 五老 registry, the module's API: read within the caller's subtree (a volunteer reads only their own record),
 * kept by town admins and organization managers. Phone and identity number leave it masked, except through
 * {@link #reveal}.
 */
@Service
@Transactional
public class Volunteers {

    static final String ENTITY = "Volunteer";
    static final Role[] KEEPERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER};
    static final Role[] READERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER};
    private static final int MAX_PAGE = 200;

    private final VolunteerRepository repository;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final Clock clock;
    private final Accounts accounts;
    private final PersonalData personalData;
    private final VolunteerFilterSql filters;

    Volunteers(VolunteerRepository repository, Organizations organizations, JdbcClient jdbc, DataSource dataSource,
               Clock clock, Accounts accounts, PersonalData personalData, VolunteerFilterSql filters) {
        this.accounts = accounts;
        this.repository = repository;
        this.organizations = organizations;
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(template);
        this.clock = clock;
        this.personalData = personalData;
        this.filters = filters;
    }

    @Transactional(readOnly = true)
    public VolunteerSummary get(Actor actor, long volunteerId) {
        return visible(actor, volunteerId).summary(clock);
    }

    /** The volunteer record linked to a login account, if any. */
    @Transactional(readOnly = true)
    public Optional<VolunteerSummary> ofUser(long userId) {
        return repository.findByUser(userId).map(volunteer -> volunteer.summary(clock));
    }

    /**
     * The active volunteers of the caller's subtree who belong under one of the given organization paths, by name,
     * at most {@code limit} of them (a caller that shows them asks for one more to know whether there are more).
     */
    @Transactional(readOnly = true)
    public List<VolunteerSummary> activeUnder(Actor actor, java.util.Collection<String> paths, int limit) {
        actor.require(READERS);
        if (paths.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder under = new StringBuilder();
        for (String path : paths) {
            under.append(under.isEmpty() ? "" : " OR ").append("organization_path LIKE :p").append(params.size());
            params.put("p" + params.size(), path + "%");
        }
        return jdbc.sql("SELECT * FROM volunteer WHERE organization_path LIKE :scope AND status = 'ACTIVE' AND ("
                        + under + ") ORDER BY name, id FETCH FIRST :limit ROWS ONLY")
                .params(params).param("scope", actor.scopePattern()).param("limit", limit)
                .query(this::summary).list();
    }

    /**
     * For the demo loaders only: a few active 五老 of the loader's subtree (at most {@code most}, by organization and
     * name) to cast in made-up records. Not a list of the registry: pages use {@link #activePage} or a picker.
     */
    /** As many as a demo loader casts at most (the demo towns have a few hundred 五老 each). */
    public static final int DEMO_CAST = 10_000;

    @Transactional(readOnly = true)
    public List<VolunteerSummary> demoCast(Actor loader, int most) {
        loader.require(READERS);
        return jdbc.sql("""
                        SELECT * FROM volunteer WHERE organization_path LIKE :scope AND status = 'ACTIVE'
                        ORDER BY organization_path, name, id FETCH FIRST :most ROWS ONLY""")
                .param("scope", loader.scopePattern()).param("most", most).query(this::summary).list();
    }

    /**
     * One page of the active volunteers of the caller's subtree, by organization, name and id, with the exact count
     * of all pages: for figures other modules compute per person (study per person), never cut at a cap.
     */
    @Transactional(readOnly = true)
    public Paged<VolunteerSummary> activePage(Actor actor, int page, int size) {
        actor.require(READERS);
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        long total = jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE organization_path LIKE :scope AND status = 'ACTIVE'")
                .param("scope", actor.scopePattern()).query(Long.class).single();
        List<VolunteerSummary> rows = jdbc.sql("""
                        SELECT * FROM volunteer WHERE organization_path LIKE :scope AND status = 'ACTIVE'
                        ORDER BY organization_path, name, id OFFSET :offset ROWS FETCH FIRST :n ROWS ONLY""")
                .param("scope", actor.scopePattern()).param("offset", Paged.offset(page, limit)).param("n", limit)
                .query(this::summary).list();
        return new Paged<>(rows, Math.max(0, page), limit, total);
    }

    /**
     * The active volunteers of the caller's subtree among these ids, in the order given (one query), for lists that
     * another module selects by its own figures and pages in SQL (e.g. who had no study this quarter).
     */
    @Transactional(readOnly = true)
    public List<VolunteerSummary> activeAmong(Actor actor, List<Long> ids) {
        Map<Long, VolunteerSummary> byId = among(actor, ids);
        return ids.stream().map(byId::get)
                .filter(v -> v != null && v.status() == VolunteerStatus.ACTIVE).toList();
    }

    /**
     * The volunteers of the caller's subtree (any status) among these ids, by id, in one query: what {@link #get}
     * answers for each, for a form that names several (a roll call). An id missing from the answer is one
     * {@code get} would answer 404 for.
     */
    @Transactional(readOnly = true)
    public Map<Long, VolunteerSummary> among(Actor actor, Collection<Long> ids) {
        actor.require(READERS);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, VolunteerSummary> byId = new HashMap<>();
        jdbc.sql("SELECT * FROM volunteer WHERE id IN (:ids) AND organization_path LIKE :scope")
                .param("ids", ids).param("scope", actor.scopePattern()).query(this::summary).list()
                .forEach(v -> byId.put(v.id(), v));
        return byId;
    }

    /**
     * One page of the filtered list, newest first, fetched by key: {@code before} is the last id seen. One statement,
     * so it joins a transaction but opens none (a read-only one cost a BEGIN and a COMMIT per list page).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public VolunteerPage page(Actor actor, VolunteerFilter filter, Long before, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = filters.where(actor, filter, params);
        if (before != null) {
            where += " AND id < :before";
            params.addValue("before", before);
        }
        params.addValue("limit", limit + 1);
        List<VolunteerSummary> rows = new ArrayList<>(streaming.query(
                "SELECT * FROM volunteer WHERE " + where + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY", params,
                this::summary));
        Long next = null;
        if (rows.size() > limit) {
            rows.remove(limit);
            next = rows.get(limit - 1).id();
        }
        return new VolunteerPage(rows, next);
    }

    /** Every volunteer the filter matches, streamed row by row (for exports of any size). */
    @Transactional(readOnly = true)
    public void forEach(Actor actor, VolunteerFilter filter, Consumer<VolunteerSummary> consumer) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = filters.where(actor, filter, params);
        streaming.query("SELECT * FROM volunteer WHERE " + where + " ORDER BY organization_path, id", params,
                rs -> {
                    consumer.accept(summary(rs, 0));
                });
    }

    public VolunteerSummary register(Actor actor, VolunteerDraft draft) {
        actor.require(KEEPERS);
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        checkUnique(actor, null, draft);
        Volunteer volunteer = repository.save(Volunteer.register(draft, organization.path(), clock.instant()));
        recordStatus(volunteer.getId(), VolunteerStatus.ACTIVE,
                draft.joinedOn() == null ? LocalDate.now(clock) : draft.joinedOn(), null, actor.displayName());
        return volunteer.summary(clock);
    }

    /**
     * Registers many volunteers in one transaction (the import): either all are saved or, on any broken rule, none.
     * Organizations are checked once each; identity numbers are checked against the registry in batches.
     */
    public int registerAll(Actor actor, List<VolunteerDraft> drafts) {
        actor.require(KEEPERS);
        Map<Long, String> paths = new HashMap<>();
        for (VolunteerDraft draft : drafts) {
            paths.computeIfAbsent(draft.organizationId(), id -> organizations.get(actor, id).path());
        }
        List<String> numbers = drafts.stream().map(VolunteerDraft::idNumber)
                .filter(n -> n != null && !n.isBlank()).map(IdentityNumber::normalize).map(personalData::lookupHash)
                .toList();
        for (int from = 0; from < numbers.size(); from += 500) {
            List<String> taken = jdbc.sql("SELECT id_number FROM volunteer WHERE id_number_hash IN (:numbers)")
                    .param("numbers", numbers.subList(from, Math.min(numbers.size(), from + 500)))
                    .query(String.class).list();
            if (!taken.isEmpty()) {
                throw new BusinessRuleException("volunteer.import.idTaken",
                        Masking.idNumber(personalData.open("id_number", taken.get(0))));
            }
        }
        var now = clock.instant();
        List<Volunteer> saved = repository.saveAll(drafts.stream()
                .map(draft -> Volunteer.register(draft, paths.get(draft.organizationId()), now)).toList());
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < saved.size(); i++) {
            LocalDate joined = drafts.get(i).joinedOn();
            recordStatus(saved.get(i).getId(), VolunteerStatus.ACTIVE, joined == null ? today : joined, null,
                    actor.displayName());
        }
        return saved.size();
    }

    public VolunteerSummary update(Actor actor, long volunteerId, VolunteerDraft draft) {
        actor.require(KEEPERS);
        Volunteer volunteer = editable(actor, volunteerId, draft.version());
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        checkUnique(actor, volunteerId, draft);
        volunteer.describe(draft, organization.path(), clock.instant());
        return repository.save(volunteer).summary(clock);
    }

    /** A new status from a day on; the old status stays in the history. */
    public VolunteerSummary changeStatus(Actor actor, long volunteerId, VolunteerStatus status, LocalDate effectiveOn,
                                         String reason, Long seenVersion) {
        actor.require(KEEPERS);
        Volunteer volunteer = editable(actor, volunteerId, seenVersion);
        if (volunteer.getStatus() == status) {
            throw new BusinessRuleException("volunteer.status.unchanged");
        }
        if (volunteer.getStatus() == VolunteerStatus.DECEASED) {
            throw new BusinessRuleException("volunteer.status.final");
        }
        volunteer.changeStatus(status, clock.instant());
        repository.save(volunteer);
        recordStatus(volunteerId, status, effectiveOn == null ? LocalDate.now(clock) : effectiveOn,
                reason == null || reason.isBlank() ? null : reason.strip(), actor.displayName());
        return volunteer.summary(clock);
    }

    @Transactional(readOnly = true)
    public List<StatusChange> history(Actor actor, long volunteerId) {
        visible(actor, volunteerId);
        return jdbc.sql("""
                        SELECT status, effective_on, reason, changed_by, changed_at FROM volunteer_status_change
                        WHERE volunteer_id = :id ORDER BY id DESC""")
                .param("id", volunteerId)
                .query((rs, n) -> new StatusChange(VolunteerStatus.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The full phone and identity number: a deliberate act of a keeper, recorded in the audit trail. */
    @Transactional(readOnly = true)
    public VolunteerContact reveal(Actor actor, long volunteerId) {
        actor.require(KEEPERS);
        return visible(actor, volunteerId).contact();
    }

    /** Counts by category, age band, organization and status over the caller's subtree, for charts. */
    @Transactional(readOnly = true)
    public VolunteerStatistics statistics(Actor actor) {
        actor.require(READERS);
        return VolunteerStatistics.of(jdbc, actor.scopePattern(), LocalDate.now(clock));
    }


    /** The record if the actor may read it: within scope for readers, their own for a volunteer; else 404. */
    Volunteer visible(Actor actor, long volunteerId) {
        return repository.findById(volunteerId)
                .filter(volunteer -> actor.hasAny(READERS) && actor.reaches(volunteer.getOrganizationPath())
                        || actor.has(Role.VOLUNTEER) && volunteerId == ownId(actor))
                .orElseThrow(() -> new NotFoundException(ENTITY, volunteerId));
    }

    /** The volunteer id of the actor's own record; -1 when the account has none. */
    long ownId(Actor actor) {
        return repository.findByUser(actor.userId()).map(Volunteer::getId).orElse(-1L);
    }

    /** The caller's own volunteer record, or a clear refusal when the account is not linked to one. */
    Volunteer own(Actor actor) {
        actor.require(Role.VOLUNTEER);
        return repository.findByUser(actor.userId())
                .orElseThrow(() -> new BusinessRuleException("volunteer.notLinked"));
    }

    private Volunteer editable(Actor actor, long volunteerId, Long seenVersion) {
        Volunteer volunteer = repository.findById(volunteerId)
                .filter(found -> actor.reaches(found.getOrganizationPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, volunteerId));
        StaleEditException.requireSeen(ENTITY, volunteerId, seenVersion, volunteer.getVersion());
        return volunteer;
    }

    private void checkUnique(Actor actor, Long self, VolunteerDraft draft) {
        if (draft.idNumber() != null && !draft.idNumber().isBlank()) {
            repository.findByIdNumberHash(personalData.lookupHash(IdentityNumber.normalize(draft.idNumber())))
                    .filter(other -> !other.getId().equals(self))
                    .ifPresent(other -> {
                        throw new BusinessRuleException("volunteer.idNumber.duplicate");
                    });
        }
        if (draft.userId() != null && !accounts.reaches(actor, draft.userId())) {
            throw new BusinessRuleException("reference.account.outOfScope", String.valueOf(draft.userId()));
        }
        if (draft.userId() != null) {
            repository.findByUser(draft.userId())
                    .filter(other -> !other.getId().equals(self))
                    .ifPresent(other -> {
                        throw new BusinessRuleException("volunteer.user.duplicate");
                    });
        }
    }

    private void recordStatus(long volunteerId, VolunteerStatus status, LocalDate effectiveOn, String reason,
                              String by) {
        jdbc.sql("""
                        INSERT INTO volunteer_status_change (volunteer_id, status, effective_on, reason, changed_by, changed_at)
                        VALUES (:id, :status, :on, :reason, :by, :at)""")
                .param("id", volunteerId).param("status", status.name()).param("on", effectiveOn)
                .param("reason", reason).param("by", by)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    VolunteerSummary summary(ResultSet rs, int row) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        return new VolunteerSummary(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_path"),
                (Long) rs.getObject("user_id", Long.class), rs.getString("name"), rs.getString("gender"),
                rs.getString("ethnicity"), birth,
                birth == null ? null : Period.between(birth, LocalDate.now(clock)).getYears(),
                Masking.phone(personalData.open("phone", rs.getString("phone"))),
                Masking.idNumber(personalData.open("id_number", rs.getString("id_number"))),
                rs.getBoolean("party_member"), rs.getString("former_post"),
                Volunteer.split(rs.getString("categories"), Category.class),
                Volunteer.split(rs.getString("service_roles"), ServiceRole.class), rs.getString("specialties"),
                rs.getBoolean("fit_for_patrol"), rs.getString("health_summary"),
                rs.getObject("joined_on", LocalDate.class), VolunteerStatus.valueOf(rs.getString("status")),
                rs.getLong("version"));
    }
}
