package com.carenext.volunteer;

import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Paged;
import com.carenext.shared.PhoneSync;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service hours: a volunteer logs their own from a phone; the manager of the volunteer's organization approves or
 * returns them; approved hours add up to yearly totals and to the 志愿服务记录证明.
 */
@Service
@Transactional
public class ServiceHours {

    static final String ENTITY = "ServiceHour";
    private static final String SELECT = """
            SELECT h.*, v.name AS volunteer_name FROM service_hour h JOIN volunteer v ON v.id = h.volunteer_id
            """;

    private final ServiceHourRepository repository;
    private final Volunteers volunteers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PhoneSync sync;

    ServiceHours(ServiceHourRepository repository, Volunteers volunteers, JdbcClient jdbc, Clock clock, PhoneSync sync) {
        this.sync = sync;
        this.repository = repository;
        this.volunteers = volunteers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The caller logs hours of their own service. */
    public HoursEntry log(Actor actor, HoursDraft draft) {
        return log(actor, draft, null);
    }

    /** The same, sent from a phone with its id for the entry: sent again (or twice at once), it is one entry. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public HoursEntry log(Actor actor, HoursDraft draft, String clientId) {
        String client = sync.clientId(clientId);
        return sync.once(client, () -> jdbc.sql(SELECT + "WHERE h.client_id = :c AND h.volunteer_id = :v")
                .param("c", client).param("v", volunteers.own(actor).getId()).query(this::entry).optional(), () -> {
                    VolunteerSummary volunteer = volunteers.own(actor).summary(clock);
                    if (!volunteer.isActive()) {
                        throw new BusinessRuleException("hours.notActive");
                    }
                    return repository.save(ServiceHour.log(volunteer, draft, client, clock.instant()))
                            .entry(volunteer.name());
                });
    }

    /** How many of the caller's own entries {@link #mine} lists at most (the page says so, with {@link #mineCount}). */
    public static final int MINE_SHOWN = 100;

    /** The caller's own entries, newest first, the latest {@value #MINE_SHOWN}. */
    @Transactional(readOnly = true)
    public List<HoursEntry> mine(Actor actor) {
        long own = volunteers.own(actor).getId();
        return jdbc.sql(SELECT + "WHERE h.volunteer_id = :id ORDER BY h.served_on DESC, h.id DESC FETCH FIRST :n ROWS ONLY")
                .param("id", own).param("n", MINE_SHOWN).query(this::entry).list();
    }

    /** How many entries the caller has in all. */
    @Transactional(readOnly = true)
    public long mineCount(Actor actor) {
        return jdbc.sql("SELECT COUNT(*) FROM service_hour WHERE volunteer_id = :id")
                .param("id", volunteers.own(actor).getId()).query(Long.class).single();
    }

    /** One volunteer's entries of a year, for the manager (or the volunteer themself). */
    @Transactional(readOnly = true)
    public List<HoursEntry> of(Actor actor, long volunteerId, int year) {
        volunteers.get(actor, volunteerId);
        return jdbc.sql(SELECT + """
                        WHERE h.volunteer_id = :id AND h.served_on >= :from AND h.served_on < :to
                        ORDER BY h.served_on, h.id""")
                .param("id", volunteerId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query(this::entry).list();
    }

    /** Approved entries of a volunteer between two days (inclusive), for the certificate. */
    @Transactional(readOnly = true)
    public List<HoursEntry> approved(Actor actor, long volunteerId, LocalDate from, LocalDate to) {
        volunteers.get(actor, volunteerId);
        if (to.isBefore(from)) {
            throw new BusinessRuleException("hours.period.order");
        }
        return jdbc.sql(SELECT + """
                        WHERE h.volunteer_id = :id AND h.status = 'APPROVED' AND h.served_on >= :from AND h.served_on <= :to
                        ORDER BY h.served_on, h.id""")
                .param("id", volunteerId).param("from", from).param("to", to).query(this::entry).list();
    }

    /** Entries waiting for review in the caller's subtree, oldest first, keyset-paged by id. */
    @Transactional(readOnly = true)
    public List<HoursEntry> pending(Actor actor, long afterId, int size) {
        actor.require(Volunteers.KEEPERS);
        return jdbc.sql(SELECT + """
                        WHERE h.status = 'SUBMITTED' AND h.organization_path LIKE :scope AND h.id > :after
                        ORDER BY h.id FETCH FIRST :n ROWS ONLY""")
                .param("scope", actor.scopePattern()).param("after", afterId).param("n", Math.max(1, Math.min(size, 200)))
                .query(this::entry).list();
    }

    /** How many entries wait for review in the caller's subtree (all pages of {@link #pending}). */
    @Transactional(readOnly = true)
    public long pendingCount(Actor actor) {
        actor.require(Volunteers.KEEPERS);
        return jdbc.sql("SELECT COUNT(*) FROM service_hour WHERE status = 'SUBMITTED' AND organization_path LIKE :scope")
                .param("scope", actor.scopePattern()).query(Long.class).single();
    }

    public HoursEntry approve(Actor actor, long hourId, Long seenVersion) {
        return review(actor, hourId, HourStatus.APPROVED, null, seenVersion);
    }

    /** Gives the entry back to the volunteer with a reason (wrong day, hours too many …). */
    public HoursEntry giveBack(Actor actor, long hourId, String reason, Long seenVersion) {
        return review(actor, hourId, HourStatus.RETURNED, reason == null ? "" : reason.strip(), seenVersion);
    }

    /** Rows on one page of the yearly totals (per person, per organization). */
    public static final int TOTALS_PAGE = 50;

    /**
     * One page of a year's approved hours per person in the caller's subtree, most hours first, with the number of
     * rows on all pages (a person who moved during the year has a row per organization).
     */
    @Transactional(readOnly = true)
    public Paged<HoursTotal> totalsByPerson(Actor actor, int year, int page) {
        actor.require(Volunteers.READERS);
        var rows = yearOf(jdbc.sql("""
                        SELECT h.volunteer_id, v.name, h.organization_id, COUNT(*) AS n, SUM(h.hours) AS total
                        FROM service_hour h JOIN volunteer v ON v.id = h.volunteer_id
                        WHERE h.organization_path LIKE :scope AND h.status = 'APPROVED'
                          AND h.served_on >= :from AND h.served_on < :to
                        GROUP BY h.volunteer_id, v.name, h.organization_id
                        ORDER BY total DESC, v.name, h.volunteer_id, h.organization_id
                        OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY"""), actor, year, page)
                .query((rs, n) -> new HoursTotal(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getBigDecimal(5)))
                .list();
        return new Paged<>(rows, page, TOTALS_PAGE, countOf("h.volunteer_id, h.organization_id", actor, year));
    }

    /** One page of a year's approved hours per organization in the caller's subtree, most hours first. */
    @Transactional(readOnly = true)
    public Paged<HoursTotal> totalsByOrganization(Actor actor, int year, int page) {
        actor.require(Volunteers.READERS);
        var rows = yearOf(jdbc.sql("""
                        SELECT h.organization_id, COUNT(*) AS n, SUM(h.hours) AS total FROM service_hour h
                        WHERE h.organization_path LIKE :scope AND h.status = 'APPROVED'
                          AND h.served_on >= :from AND h.served_on < :to
                        GROUP BY h.organization_id ORDER BY total DESC, h.organization_id
                        OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY"""), actor, year, page)
                .query((rs, n) -> new HoursTotal(null, null, rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3)))
                .list();
        return new Paged<>(rows, page, TOTALS_PAGE, countOf("h.organization_id", actor, year));
    }

    private JdbcClient.StatementSpec yearOf(JdbcClient.StatementSpec statement, Actor actor, int year, int page) {
        return yearOf(statement, actor, year).param("offset", Paged.offset(page, TOTALS_PAGE))
                .param("size", TOTALS_PAGE);
    }

    private static JdbcClient.StatementSpec yearOf(JdbcClient.StatementSpec statement, Actor actor, int year) {
        return statement.param("scope", actor.scopePattern()).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year + 1, 1, 1));
    }

    /** How many groups (by the given columns) a year's approved hours form in the caller's subtree. */
    private long countOf(String groupBy, Actor actor, int year) {
        return yearOf(jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT 1 AS one FROM service_hour h
                        WHERE h.organization_path LIKE :scope AND h.status = 'APPROVED'
                          AND h.served_on >= :from AND h.served_on < :to
                        GROUP BY %s) g""".formatted(groupBy)), actor, year).query(Long.class).single();
    }

    private HoursEntry review(Actor actor, long hourId, HourStatus outcome, String note, Long seenVersion) {
        actor.require(Volunteers.KEEPERS);
        ServiceHour entry = repository.findById(hourId)
                .filter(found -> actor.reaches(found.getOrganizationPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, hourId));
        StaleEditException.requireSeen(ENTITY, hourId, seenVersion, entry.getVersion());
        if (outcome == HourStatus.RETURNED && note.isEmpty()) {
            throw new BusinessRuleException("hours.return.reasonRequired");
        }
        if (entry.getStatus() != HourStatus.SUBMITTED) {
            throw new BusinessRuleException("hours.alreadyReviewed");
        }
        if (actor.has(Role.VOLUNTEER) && entry.getVolunteerId() == volunteers.ownId(actor)) {
            throw new BusinessRuleException("hours.ownReview");
        }
        entry.review(outcome, note, actor.username(), clock.instant());
        ServiceHour saved = repository.save(entry);
        return saved.entry(volunteers.get(actor, saved.getVolunteerId()).name());
    }

    private HoursEntry entry(ResultSet rs, int row) throws SQLException {
        BigDecimal hours = rs.getBigDecimal("hours");
        return new HoursEntry(rs.getLong("id"), rs.getLong("volunteer_id"), rs.getString("volunteer_name"),
                rs.getLong("organization_id"), rs.getObject("served_on", LocalDate.class), rs.getString("description"),
                hours, HourStatus.valueOf(rs.getString("status")), rs.getString("review_note"),
                rs.getString("reviewed_by"), rs.getLong("version"));
    }
}
