package com.carenext.study;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Volunteers;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Study and training: sessions of an organization for its subtree (or chosen organizations in it), attendance by
 * the organizer's roll call or by a volunteer's own check-in with the session's code during a window around the
 * session, and 学习心得. A session is visible in the organizer's subtree and to everyone below whom it concerns.
 */
@Service
@Transactional
public class StudySessions {

    static final String ENTITY = "StudySession";
    static final Role[] ORGANIZERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER};
    static final Role[] READERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StudySessionRepository sessions;
    private final Organizations organizations;
    private final Volunteers volunteers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration openBefore;
    private final Duration openAfter;

    StudySessions(StudySessionRepository sessions, Organizations organizations, Volunteers volunteers,
                  JdbcClient jdbc, Clock clock,
                  @Value("${carenext.study.check-in.before:PT30M}") Duration openBefore,
                  @Value("${carenext.study.check-in.after:PT30M}") Duration openAfter) {
        this.sessions = sessions;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.jdbc = jdbc;
        this.clock = clock;
        this.openBefore = openBefore;
        this.openAfter = openAfter;
    }

    public SessionView plan(Actor actor, SessionDraft draft) {
        actor.require(ORGANIZERS);
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        Set<StudySessionTarget> targets = new HashSet<>();
        for (Long targetId : new HashSet<>(draft.targetOrganizationIds())) {
            OrganizationSummary target = organizations.get(actor, targetId);
            if (!target.path().startsWith(organization.path())) {
                throw new BusinessRuleException("study.target.outside", target.name(), organization.name());
            }
            targets.add(new StudySessionTarget(target.id(), target.path()));
        }
        String code = newCode();
        while (sessions.findByCode(code).isPresent()) {
            code = newCode();
        }
        return sessions.save(StudySession.plan(draft, organization.path(), targets, code, clock.instant()))
                .view(true, 0);
    }

    /** The active volunteers of the organizer's subtree the session is meant for, for the roll call. */
    @Transactional(readOnly = true)
    public List<VolunteerSummary> audience(Actor actor, long sessionId) {
        StudySession session = visible(actor, sessionId);
        if (!runs(actor, session)) {
            return List.of();
        }
        return volunteers.active(actor).stream().filter(v -> session.isFor(v.organizationPath())).toList();
    }

    @Transactional(readOnly = true)
    public SessionView get(Actor actor, long sessionId) {
        StudySession session = visible(actor, sessionId);
        return session.view(runs(actor, session), attendees(sessionId));
    }

    /** Sessions the actor sees, newest first, keyset-paged by id. */
    @Transactional(readOnly = true)
    public List<SessionView> page(Actor actor, Long before, int size) {
        List<String> ancestors = ancestorsOrSelf(actor.scopePath());
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM study_session
                        WHERE (organization_path LIKE :scope OR organization_path IN (:ancestors)) AND id < :before
                        ORDER BY id DESC FETCH FIRST :n ROWS ONLY""")
                .param("scope", actor.hasAny(READERS) ? actor.scopePattern() : "-")
                .param("ancestors", ancestors).param("before", before == null ? Long.MAX_VALUE : before)
                .param("n", Math.max(1, Math.min(size, 200)))
                .query(Long.class).list();
        var counts = attendeeCounts(ids);
        List<SessionView> views = new ArrayList<>();
        sessions.findAllById(ids).forEach(session -> views.add(
                session.view(runs(actor, session), counts.getOrDefault(session.getId(), 0))));
        views.sort((a, b) -> Long.compare(b.id(), a.id()));
        return views;
    }

    /** The organizer records who was there; people already present are skipped. Returns how many were added. */
    public int rollCall(Actor actor, long sessionId, List<Long> volunteerIds) {
        actor.require(ORGANIZERS);
        StudySession session = visible(actor, sessionId);
        if (!runs(actor, session)) {
            throw new NotFoundException(ENTITY, sessionId);
        }
        int added = 0;
        for (Long volunteerId : new HashSet<>(volunteerIds)) {
            VolunteerSummary volunteer = volunteers.get(actor, volunteerId);
            if (!session.isFor(volunteer.organizationPath())) {
                throw new BusinessRuleException("study.notForVolunteer", volunteer.name());
            }
            if (!isPresent(sessionId, volunteerId)) {
                attend(session, volunteer, "ROLL_CALL", actor.username());
                added++;
            }
        }
        return added;
    }

    /** A volunteer checks in with the session's code, during its window, once. */
    public SessionView checkIn(Actor actor, String code) {
        actor.require(Role.VOLUNTEER);
        VolunteerSummary volunteer = volunteers.ofUser(actor.userId())
                .orElseThrow(() -> new BusinessRuleException("volunteer.notLinked"));
        StudySession session = sessions.findByCode(code == null ? "" : code.strip())
                .filter(found -> found.isFor(volunteer.organizationPath()))
                .orElseThrow(() -> new BusinessRuleException("study.checkIn.unknownCode"));
        if (!session.isOpenForCheckIn(LocalDateTime.now(clock), openBefore, openAfter)) {
            throw new BusinessRuleException("study.checkIn.closed");
        }
        if (isPresent(session.getId(), volunteer.id())) {
            throw new BusinessRuleException("study.checkIn.twice");
        }
        try {
            attend(session, volunteer, "SELF", actor.username());
        } catch (DuplicateKeyException concurrent) {
            throw new BusinessRuleException("study.checkIn.twice");
        }
        return session.view(false, attendees(session.getId()));
    }

    @Transactional(readOnly = true)
    public List<AttendanceView> attendance(Actor actor, long sessionId) {
        StudySession session = visible(actor, sessionId);
        String scope = runs(actor, session) ? session.getOrganizationPath() + "%" : actor.scopePattern();
        return jdbc.sql("""
                        SELECT volunteer_id, volunteer_name, organization_id, method, recorded_by, checked_in_at
                        FROM attendance WHERE study_session_id = :id AND organization_path LIKE :scope
                        ORDER BY checked_in_at, id""")
                .param("id", sessionId).param("scope", actor.hasAny(READERS) ? scope : "-")
                .query((rs, n) -> new AttendanceView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** An attendee writes (or rewrites) a 学习心得 on a session they attended. */
    public NoteView writeNote(Actor actor, long sessionId, String body) {
        actor.require(Role.VOLUNTEER);
        StudySession session = visible(actor, sessionId);
        VolunteerSummary volunteer = volunteers.ofUser(actor.userId())
                .orElseThrow(() -> new BusinessRuleException("volunteer.notLinked"));
        if (!isPresent(sessionId, volunteer.id())) {
            throw new BusinessRuleException("study.note.notAttended");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new BusinessRuleException("study.note.length");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                        UPDATE study_note SET body = :body, written_at = :now
                        WHERE study_session_id = :session AND volunteer_id = :volunteer""")
                .param("body", text).param("now", now).param("session", sessionId).param("volunteer", volunteer.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO study_note (study_session_id, volunteer_id, volunteer_name, organization_path, body, written_at)
                            VALUES (:session, :volunteer, :name, :path, :body, :now)""")
                    .param("session", sessionId).param("volunteer", volunteer.id()).param("name", volunteer.name())
                    .param("path", volunteer.organizationPath()).param("body", text).param("now", now).update();
        }
        return notes(sessionId, "volunteer_id = :who", volunteer.id()).stream().findFirst().orElseThrow();
    }

    /** The notes on a session: all of those within the organizer's reach, or the volunteer's own. */
    @Transactional(readOnly = true)
    public List<NoteView> notes(Actor actor, long sessionId) {
        StudySession session = visible(actor, sessionId);
        if (actor.hasAny(READERS)) {
            String scope = runs(actor, session) ? session.getOrganizationPath() + "%" : actor.scopePattern();
            return notes(sessionId, "organization_path LIKE :who", scope);
        }
        long own = volunteers.ofUser(actor.userId()).map(VolunteerSummary::id).orElse(-1L);
        return notes(sessionId, "volunteer_id = :who", own);
    }

    /** Per person of the caller's subtree: sessions attended and hours in a year, participation rate. */
    @Transactional(readOnly = true)
    public List<StudyFigures> perPerson(Actor actor, int year) {
        actor.require(READERS);
        List<StudyFigures> figures = new ArrayList<>();
        record Attended(int sessions, BigDecimal hours) {
        }
        var attended = new java.util.HashMap<Long, Attended>();
        jdbc.sql("""
                        SELECT a.volunteer_id, COUNT(*), SUM(s.hours) FROM attendance a
                        JOIN study_session s ON s.id = a.study_session_id
                        WHERE a.organization_path LIKE :scope AND s.starts_at >= :from AND s.starts_at < :to
                        GROUP BY a.volunteer_id""")
                .param("scope", actor.scopePattern()).param("from", yearStart(year)).param("to", yearStart(year + 1))
                .query(rs -> {
                    attended.put(rs.getLong(1), new Attended(rs.getInt(2), rs.getBigDecimal(3)));
                });
        var openByPath = openSessionsByPath(actor, year);
        for (VolunteerSummary volunteer : volunteers.active(actor)) {
            Attended row = attended.getOrDefault(volunteer.id(), new Attended(0, BigDecimal.ZERO));
            int open = openByPath.entrySet().stream()
                    .filter(entry -> volunteer.organizationPath().startsWith(entry.getKey()))
                    .mapToInt(java.util.Map.Entry::getValue).sum();
            int count = row.sessions();
            figures.add(new StudyFigures(volunteer.id(), volunteer.name(), count, row.hours(), open,
                    open == 0 ? 0 : Math.min(100, count * 100 / open)));
        }
        return figures;
    }

    /** Per organization of the caller's subtree: attendances, hours, and the share of its volunteers who came. */
    @Transactional(readOnly = true)
    public List<StudyFigures> perOrganization(Actor actor, int year) {
        actor.require(READERS);
        var activeByOrganization = volunteers.statistics(actor).byOrganization();
        List<StudyFigures> figures = new ArrayList<>();
        jdbc.sql("""
                        SELECT a.organization_id, COUNT(*), SUM(s.hours), COUNT(DISTINCT a.volunteer_id) FROM attendance a
                        JOIN study_session s ON s.id = a.study_session_id
                        WHERE a.organization_path LIKE :scope AND s.starts_at >= :from AND s.starts_at < :to
                        GROUP BY a.organization_id ORDER BY COUNT(*) DESC""")
                .param("scope", actor.scopePattern()).param("from", yearStart(year)).param("to", yearStart(year + 1))
                .query(rs -> {
                    long organizationId = rs.getLong(1);
                    int people = activeByOrganization.getOrDefault(organizationId, 0);
                    figures.add(new StudyFigures(organizationId, null, rs.getInt(2), rs.getBigDecimal(3), people,
                            people == 0 ? 0 : Math.min(100, rs.getInt(4) * 100 / people)));
                });
        return figures;
    }

    /** Active volunteers of the caller's subtree who attended no session in the given quarter. */
    @Transactional(readOnly = true)
    public List<VolunteerSummary> withoutStudy(Actor actor, int year, int quarter) {
        actor.require(READERS);
        if (quarter < 1 || quarter > 4) {
            throw new BusinessRuleException("study.quarter.invalid");
        }
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        Set<Long> studied = new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT a.volunteer_id FROM attendance a JOIN study_session s ON s.id = a.study_session_id
                        WHERE a.organization_path LIKE :scope AND s.starts_at >= :from AND s.starts_at < :to""")
                .param("scope", actor.scopePattern()).param("from", from.atStartOfDay())
                .param("to", from.plusMonths(3).atStartOfDay()).query(Long.class).list());
        return volunteers.active(actor).stream().filter(volunteer -> !studied.contains(volunteer.id())).toList();
    }


    /** Sessions of the subtree, and those of the organizations above that concern the actor; else 404. */
    private StudySession visible(Actor actor, long sessionId) {
        return sessions.findById(sessionId)
                .filter(session -> actor.hasAny(READERS) && actor.reaches(session.getOrganizationPath())
                        || actor.scopePath().startsWith(session.getOrganizationPath())
                        && (actor.hasAny(READERS) || session.isFor(actor.scopePath())))
                .orElseThrow(() -> new NotFoundException(ENTITY, sessionId));
    }

    /** Whether the actor organizes the session (it lies in the actor's own subtree). */
    private static boolean runs(Actor actor, StudySession session) {
        return actor.hasAny(ORGANIZERS) && actor.reaches(session.getOrganizationPath());
    }

    private boolean isPresent(long sessionId, long volunteerId) {
        return jdbc.sql("SELECT COUNT(*) FROM attendance WHERE study_session_id = :s AND volunteer_id = :v")
                .param("s", sessionId).param("v", volunteerId).query(Integer.class).single() > 0;
    }

    private void attend(StudySession session, VolunteerSummary volunteer, String method, String by) {
        jdbc.sql("""
                        INSERT INTO attendance (study_session_id, volunteer_id, volunteer_name, organization_id,
                                                organization_path, method, recorded_by, checked_in_at)
                        VALUES (:session, :volunteer, :name, :org, :path, :method, :by, :at)""")
                .param("session", session.getId()).param("volunteer", volunteer.id()).param("name", volunteer.name())
                .param("org", volunteer.organizationId()).param("path", volunteer.organizationPath())
                .param("method", method).param("by", by).param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private int attendees(long sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM attendance WHERE study_session_id = :s").param("s", sessionId)
                .query(Integer.class).single();
    }

    private java.util.Map<Long, Integer> attendeeCounts(List<Long> ids) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT study_session_id, COUNT(*) FROM attendance WHERE study_session_id IN (:ids) GROUP BY study_session_id")
                    .param("ids", ids).query(rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return counts;
    }

    /** Sessions held so far in the year, counted by organizer path (subtree and ancestors of the actor). */
    private java.util.Map<String, Integer> openSessionsByPath(Actor actor, int year) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        LocalDateTime end = LocalDateTime.now(clock).isBefore(yearStart(year + 1)) ? LocalDateTime.now(clock)
                : yearStart(year + 1);
        jdbc.sql("""
                        SELECT organization_path, COUNT(*) FROM study_session
                        WHERE (organization_path LIKE :scope OR organization_path IN (:ancestors))
                          AND starts_at >= :from AND starts_at < :to GROUP BY organization_path""")
                .param("scope", actor.scopePattern()).param("ancestors", ancestorsOrSelf(actor.scopePath()))
                .param("from", yearStart(year)).param("to", end)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    private List<NoteView> notes(long sessionId, String condition, Object who) {
        return jdbc.sql("""
                        SELECT n.id, n.study_session_id, s.topic, n.volunteer_id, n.volunteer_name, n.body, n.written_at
                        FROM study_note n JOIN study_session s ON s.id = n.study_session_id
                        WHERE n.study_session_id = :session AND n.""" + condition + " ORDER BY n.written_at DESC, n.id DESC")
                .param("session", sessionId).param("who", who)
                .query((rs, n) -> new NoteView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    private static LocalDateTime yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay();
    }

    /** "/1/4/17/" gives "/1/", "/1/4/", "/1/4/17/". */
    static List<String> ancestorsOrSelf(String path) {
        List<String> paths = new ArrayList<>();
        int slash = path.indexOf('/', 1);
        while (slash > 0) {
            paths.add(path.substring(0, slash + 1));
            slash = path.indexOf('/', slash + 1);
        }
        return paths;
    }

    private static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
