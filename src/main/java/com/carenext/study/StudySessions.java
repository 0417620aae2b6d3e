package com.carenext.study;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.PhoneSync;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Volunteers;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    private final PhoneSync sync;

    StudySessions(PhoneSync sync, StudySessionRepository sessions, Organizations organizations, Volunteers volunteers,
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
        this.sync = sync;
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

    /** The most people the roll call lists; the others of a larger audience check in with the session's code. */
    public static final int ROLL_CALL_LIMIT = 500;

    /**
     * The active volunteers the session is meant for (its target units', read in SQL), by name, for the roll call:
     * at most {@value #ROLL_CALL_LIMIT}, and whether there are more.
     */
    @Transactional(readOnly = true)
    public Audience audience(Actor actor, long sessionId) {
        StudySession session = visible(actor, sessionId);
        if (!runs(actor, session)) {
            return new Audience(List.of(), false);
        }
        List<VolunteerSummary> people = volunteers.activeUnder(actor, session.audiencePaths(), ROLL_CALL_LIMIT + 1);
        return people.size() > ROLL_CALL_LIMIT ? new Audience(people.subList(0, ROLL_CALL_LIMIT), true)
                : new Audience(people, false);
    }

    /** The people a roll call lists, and whether the audience has more than it lists. */
    public record Audience(List<VolunteerSummary> people, boolean more) {

        public Audience {
            people = List.copyOf(people);
        }
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
        // three statements for the whole list (who they are, who is already present, the new rows), not three each
        Set<Long> ids = new HashSet<>(volunteerIds);
        Map<Long, VolunteerSummary> named = volunteers.among(actor, ids);
        List<VolunteerSummary> called = new ArrayList<>();
        for (Long volunteerId : ids) {
            VolunteerSummary volunteer = named.get(volunteerId);
            if (volunteer == null) {
                volunteer = volunteers.get(actor, volunteerId); // not in the scope: its 404, as before
            }
            if (!session.isFor(volunteer.organizationPath())) {
                throw new BusinessRuleException("study.notForVolunteer", volunteer.name());
            }
            called.add(volunteer);
        }
        if (called.isEmpty()) {
            return 0;
        }
        Set<Long> present = new HashSet<>(jdbc.sql("""
                        SELECT volunteer_id FROM attendance WHERE study_session_id = :s AND volunteer_id IN (:ids)""")
                .param("s", sessionId).param("ids", ids).query(Long.class).list());
        LocalDateTime now = LocalDateTime.now(clock);
        int added = 0;
        for (VolunteerSummary volunteer : called) {
            if (present.add(volunteer.id())) {
                attend(session, volunteer, "ROLL_CALL", actor.username(), null, now);
                added++;
            }
        }
        return added;
    }

    /** A volunteer checks in with the session's code, during its window, once. */
    public SessionView checkIn(Actor actor, String code) {
        return checkIn(actor, code, null, null);
    }

    /**
     * The same from a phone that may have been offline: the time it happened (checked against the window) and its id
     * for the check-in, so that sending it again answers with the session instead of "already checked in".
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SessionView checkIn(Actor actor, String code, String clientId, Long happenedAtMillis) {
        actor.require(Role.VOLUNTEER);
        String client = sync.clientId(clientId);
        LocalDateTime at = sync.happenedAt(happenedAtMillis);
        VolunteerSummary volunteer = volunteers.ofUser(actor.userId())
                .orElseThrow(() -> new BusinessRuleException("volunteer.notLinked"));
        java.util.function.Supplier<java.util.Optional<SessionView>> sent = () -> jdbc.sql("""
                        SELECT study_session_id FROM attendance WHERE client_id = :c AND volunteer_id = :v""")
                .param("c", client).param("v", volunteer.id()).query(Long.class).optional()
                .flatMap(sessions::findById).map(session -> session.view(false, attendees(session.getId())));
        return sync.once(client, sent, () -> {
                    StudySession session = sessions.findByCode(code == null ? "" : code.strip())
                            .filter(found -> found.isFor(volunteer.organizationPath()))
                            .orElseThrow(() -> new BusinessRuleException("study.checkIn.unknownCode"));
                    if (!session.isOpenForCheckIn(at, openBefore, openAfter)) {
                        throw new BusinessRuleException("study.checkIn.closed");
                    }
                    if (isPresent(session.getId(), volunteer.id())) {
                        // the same check-in sent at once: the other send has just committed it
                        return sent.get().orElseThrow(() -> new BusinessRuleException("study.checkIn.twice"));
                    }
                    try {
                        attend(session, volunteer, "SELF", actor.username(), client, at);
                    } catch (DuplicateKeyException concurrent) {
                        if (client != null) {
                            throw concurrent;
                        }
                        throw new BusinessRuleException("study.checkIn.twice");
                    }
                    return session.view(false, attendees(session.getId()));
                });
    }

    /** How many sessions the caller attended in all. */
    @Transactional(readOnly = true)
    public long mineCount(Actor actor) {
        return jdbc.sql("SELECT COUNT(*) FROM attendance WHERE volunteer_id = :v").param("v", ownId(actor))
                .query(Long.class).single();
    }

    private long ownId(Actor actor) {
        return actor.has(Role.VOLUNTEER)
                ? volunteers.ofUser(actor.userId()).map(VolunteerSummary::id).orElse(-1L) : -1L;
    }

    /** How many sessions {@link #mine} lists at most (the page says so, with {@link #mineCount}). */
    public static final int MINE_SHOWN = 100;

    /** The caller's own attendance, newest first (the latest {@value #MINE_SHOWN}), with their 心得 (for 我的记录). */
    @Transactional(readOnly = true)
    public List<MyStudy> mine(Actor actor) {
        long own = ownId(actor);
        return jdbc.sql("""
                        SELECT s.id, s.topic, s.starts_at, s.hours, n.body FROM attendance a
                        JOIN study_session s ON s.id = a.study_session_id
                        LEFT JOIN study_note n ON n.study_session_id = a.study_session_id AND n.volunteer_id = a.volunteer_id
                        WHERE a.volunteer_id = :v ORDER BY s.starts_at DESC, s.id DESC FETCH FIRST :n ROWS ONLY""")
                .param("v", own).param("n", MINE_SHOWN)
                .query((rs, n) -> new MyStudy(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<AttendanceView> attendance(Actor actor, long sessionId) {
        StudySession session = visible(actor, sessionId);
        String scope = runs(actor, session) ? session.getOrganizationPath() + "%" : actor.scopePattern();
        return jdbc.sql("""
                        SELECT volunteer_id, volunteer_name, organization_id, method, recorded_by, checked_in_at
                        FROM attendance WHERE study_session_id = :id AND (organization_path LIKE :scope OR volunteer_id = :me)
                        ORDER BY checked_in_at, id""")
                .param("id", sessionId).param("scope", actor.hasAny(READERS) ? scope : "-")
                // a volunteer sees their own attendance (after "签到成功" the list shows them), not the others'
                .param("me", actor.has(Role.VOLUNTEER) ? volunteers.ofUser(actor.userId()).map(VolunteerSummary::id)
                        .orElse(-1L) : -1L)
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
        // one note per person and session however often it is sent, also at once: the second insert waits for the
        // first and does nothing, then rewrites it (a plain insert-if-no-update lost the race with a duplicate key)
        int inserted = jdbc.sql("""
                        INSERT INTO study_note (study_session_id, volunteer_id, volunteer_name, organization_path, body, written_at)
                        VALUES (:session, :volunteer, :name, :path, :body, :now) ON CONFLICT DO NOTHING""")
                .param("session", sessionId).param("volunteer", volunteer.id()).param("name", volunteer.name())
                .param("path", volunteer.organizationPath()).param("body", text).param("now", now).update();
        if (inserted == 0) {
            jdbc.sql("""
                            UPDATE study_note SET body = :body, written_at = :now
                            WHERE study_session_id = :session AND volunteer_id = :volunteer""")
                    .param("body", text).param("now", now).param("session", sessionId)
                    .param("volunteer", volunteer.id()).update();
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
        attend(session, volunteer, method, by, null, LocalDateTime.now(clock));
    }

    private void attend(StudySession session, VolunteerSummary volunteer, String method, String by, String clientId,
                        LocalDateTime at) {
        jdbc.sql("""
                        INSERT INTO attendance (study_session_id, volunteer_id, volunteer_name, organization_id,
                                                organization_path, method, recorded_by, checked_in_at, client_id)
                        VALUES (:session, :volunteer, :name, :org, :path, :method, :by, :at, :client)""")
                .param("session", session.getId()).param("volunteer", volunteer.id()).param("name", volunteer.name())
                .param("org", volunteer.organizationId()).param("path", volunteer.organizationPath())
                .param("method", method).param("by", by).param("at", Timestamp.from(at.atZone(clock.getZone()).toInstant())).param("client", clientId)
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

    static LocalDateTime yearStart(int year) {
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
