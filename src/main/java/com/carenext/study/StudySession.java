package com.carenext.study;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A study or training session of an organization, with the organizations it is meant for. */
class StudySession {

    @Id
    private Long id;
    private long organizationId;
    private String organizationPath;
    private SessionKind kind;
    private String topic;
    private SessionMode mode;
    private LocalDateTime startsAt;
    private BigDecimal hours;
    private String organizer;
    private String place;
    private String link;
    private String materials;
    private String checkInCode;
    @MappedCollection
    private Set<StudySessionTarget> targets = new HashSet<>();
    @Version
    private Long version;
    private Instant createdAt;

    StudySession() {
    }

    static StudySession plan(SessionDraft draft, String organizationPath, Set<StudySessionTarget> targets,
                             String checkInCode, Instant now) {
        StudySession session = new StudySession();
        session.organizationId = draft.organizationId();
        session.organizationPath = organizationPath;
        session.kind = draft.kind();
        session.topic = draft.topic().strip();
        session.mode = draft.mode();
        session.startsAt = draft.startsAt();
        session.hours = draft.hours();
        session.organizer = draft.organizer().strip();
        session.place = blankToNull(draft.place());
        session.link = blankToNull(draft.link());
        session.materials = blankToNull(draft.materials());
        session.targets = new HashSet<>(targets);
        session.checkInCode = checkInCode;
        session.createdAt = now;
        return session;
    }

    /** Whether a volunteer of this organization path belongs to the session's audience. */
    /** The organization paths whose 五老 the session is for: its targets, or else the organizer's whole subtree. */
    List<String> audiencePaths() {
        return targets.isEmpty() ? List.of(organizationPath)
                : targets.stream().map(StudySessionTarget::organizationPath).sorted().toList();
    }

    boolean isFor(String volunteerPath) {
        if (targets.isEmpty()) {
            return volunteerPath.startsWith(organizationPath);
        }
        return targets.stream().anyMatch(target -> volunteerPath.startsWith(target.organizationPath()));
    }

    /** Whether {@code now} lies in the check-in window: from {@code before} the start to {@code after} the end. */
    boolean isOpenForCheckIn(LocalDateTime now, Duration before, Duration after) {
        LocalDateTime end = startsAt.plusMinutes(hours.multiply(BigDecimal.valueOf(60)).longValue());
        return !now.isBefore(startsAt.minus(before)) && !now.isAfter(end.plus(after));
    }

    SessionView view(boolean withCode, int attendees) {
        List<Long> targetIds = targets.stream().map(StudySessionTarget::organizationId).sorted().toList();
        return new SessionView(id, organizationId, kind, topic, mode, startsAt, hours, organizer, place, link,
                materials, targetIds, withCode ? checkInCode : null, attendees, version);
    }

    Long getId() {
        return id;
    }

    String getOrganizationPath() {
        return organizationPath;
    }

    BigDecimal getHours() {
        return hours;
    }

    String getTopic() {
        return topic;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
