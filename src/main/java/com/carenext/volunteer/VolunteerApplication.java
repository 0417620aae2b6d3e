package com.carenext.volunteer;

import com.carenext.shared.Sealed;
import com.carenext.shared.Masking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A public sign-up to join the 五老: pending until the home organization's manager approves or declines it. */
class VolunteerApplication {

    static final String PENDING = "PENDING";
    static final String APPROVED = "APPROVED";
    static final String DECLINED = "DECLINED";

    @Id
    private Long id;
    private long organizationId;
    private String organizationPath;
    private String name;
    private String gender;
    private LocalDate birthDate;
    @Sealed(hash = "phoneHash")
    private String phone;
    private String phoneHash;
    @Sealed(hash = "idNumberHash")
    private String idNumber;
    private String idNumberHash;
    private String formerPost;
    private String categories;
    private String motivation;
    private String status;
    private String declineReason;
    private Long volunteerId;
    private String clientAddress;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    @Version
    private Long version;

    VolunteerApplication() {
    }

    static VolunteerApplication submit(ApplicationDraft draft, String organizationPath, String clientAddress,
                                       Instant now) {
        VolunteerApplication application = new VolunteerApplication();
        application.organizationId = draft.organizationId();
        application.organizationPath = organizationPath;
        application.name = draft.name().replaceAll("\\s+", "");
        application.gender = draft.gender() == null || draft.gender().isBlank() ? null : draft.gender();
        application.birthDate = draft.birthDate();
        application.phone = draft.phone().strip();
        application.idNumber = draft.idNumber() == null || draft.idNumber().isBlank() ? null
                : IdentityNumber.normalize(draft.idNumber());
        application.formerPost = draft.formerPost();
        application.categories = Volunteer.join(draft.categories());
        application.motivation = draft.motivation();
        application.status = PENDING;
        application.clientAddress = clientAddress;
        application.submittedAt = now;
        return application;
    }

    /** The registry entry the approval creates. */
    VolunteerDraft toVolunteer(LocalDate joinedOn) {
        return new VolunteerDraft(name, gender, null, birthDate, phone, idNumber, organizationId, false, formerPost,
                Volunteer.split(categories, Category.class), Set.of(), null, false, null, joinedOn, null, null);
    }

    void approve(long createdVolunteerId, String by, Instant now) {
        status = APPROVED;
        volunteerId = createdVolunteerId;
        decidedBy = by;
        decidedAt = now;
    }

    void decline(String reason, String by, Instant now) {
        status = DECLINED;
        declineReason = reason;
        decidedBy = by;
        decidedAt = now;
    }

    ApplicationView view() {
        return new ApplicationView(id, organizationId, name, gender, birthDate, Masking.phone(phone),
                Masking.idNumber(idNumber), formerPost, Volunteer.split(categories, Category.class), motivation,
                status, declineReason, volunteerId, submittedAt, version);
    }

    Long getId() {
        return id;
    }

    String getOrganizationPath() {
        return organizationPath;
    }

    String getStatus() {
        return status;
    }

    Long getVersion() {
        return version;
    }
}
