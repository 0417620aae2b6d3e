package com.carenext.volunteer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A volunteer's logged service hours, reviewed by the manager of the volunteer's organization. */
class ServiceHour {

    @Id
    private Long id;
    private long volunteerId;
    private long organizationId;
    private String organizationPath;
    private LocalDate servedOn;
    private String description;
    private BigDecimal hours;
    private HourStatus status;
    private String reviewNote;
    private String reviewedBy;
    private Instant reviewedAt;
    @Version
    private Long version;
    private Instant createdAt;
    private String clientId;

    ServiceHour() {
    }

    static ServiceHour log(VolunteerSummary volunteer, HoursDraft draft, String clientId, Instant now) {
        ServiceHour entry = new ServiceHour();
        entry.clientId = clientId;
        entry.volunteerId = volunteer.id();
        entry.organizationId = volunteer.organizationId();
        entry.organizationPath = volunteer.organizationPath();
        entry.servedOn = draft.servedOn();
        entry.description = draft.description().strip();
        entry.hours = draft.hours();
        entry.status = HourStatus.SUBMITTED;
        entry.createdAt = now;
        return entry;
    }

    void review(HourStatus outcome, String note, String by, Instant now) {
        status = outcome;
        reviewNote = note;
        reviewedBy = by;
        reviewedAt = now;
    }

    HoursEntry entry(String volunteerName) {
        return new HoursEntry(id, volunteerId, volunteerName, organizationId, servedOn, description, hours, status,
                reviewNote, reviewedBy, version);
    }

    Long getId() {
        return id;
    }

    long getVolunteerId() {
        return volunteerId;
    }

    String getOrganizationPath() {
        return organizationPath;
    }

    HourStatus getStatus() {
        return status;
    }

    Long getVersion() {
        return version;
    }
}
