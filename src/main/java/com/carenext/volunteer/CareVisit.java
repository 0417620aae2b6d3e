package com.carenext.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** One care visit to a volunteer: how they are in body and mind, what they need, what follows. */
class CareVisit {

    @Id
    private Long id;
    private long volunteerId;
    private long organizationId;
    private String organizationPath;
    private LocalDate visitedOn;
    private String visitor;
    private String physicalCondition;
    private String mentalCondition;
    private String needs;
    private String followUp;
    @Version
    private Long version;
    private Instant createdAt;

    CareVisit() {
    }

    static CareVisit of(VolunteerSummary volunteer, VisitDraft draft, Instant now) {
        CareVisit visit = new CareVisit();
        visit.volunteerId = volunteer.id();
        visit.organizationId = volunteer.organizationId();
        visit.organizationPath = volunteer.organizationPath();
        visit.visitedOn = draft.visitedOn();
        visit.visitor = draft.visitor().strip();
        visit.physicalCondition = draft.physicalCondition();
        visit.mentalCondition = draft.mentalCondition();
        visit.needs = draft.needs();
        visit.followUp = draft.followUp();
        visit.createdAt = now;
        return visit;
    }

    CareVisitView view() {
        return new CareVisitView(id, volunteerId, visitedOn, visitor, physicalCondition, mentalCondition, needs,
                followUp);
    }
}
