package com.carenext.volunteer;

import com.carenext.shared.Sealed;
import com.carenext.shared.Masking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A 五老 record. Categories and service roles are kept as comma-separated enum names. */
class Volunteer {

    @Id
    private Long id;
    private long organizationId;
    private String organizationPath;
    private Long userId;
    private String name;
    private String gender;
    private String ethnicity;
    private LocalDate birthDate;
    @Sealed(hash = "phoneHash")
    private String phone;
    private String phoneHash;
    @Sealed(hash = "idNumberHash")
    private String idNumber;
    private String idNumberHash;
    private boolean partyMember;
    private String formerPost;
    private String categories;
    private String serviceRoles;
    private String specialties;
    private boolean fitForPatrol;
    private String healthSummary;
    private LocalDate joinedOn;
    private VolunteerStatus status;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Volunteer() {
    }

    static Volunteer register(VolunteerDraft draft, String organizationPath, Instant now) {
        Volunteer volunteer = new Volunteer();
        volunteer.status = VolunteerStatus.ACTIVE;
        volunteer.createdAt = now;
        volunteer.describe(draft, organizationPath, now);
        return volunteer;
    }

    void describe(VolunteerDraft draft, String organizationPath, Instant now) {
        organizationId = draft.organizationId();
        this.organizationPath = organizationPath;
        userId = draft.userId();
        name = draft.name().replaceAll("\\s+", "");
        gender = blankToNull(draft.gender());
        ethnicity = blankToNull(draft.ethnicity());
        birthDate = draft.birthDate();
        if (!isBlank(draft.phone())) {
            phone = draft.phone().strip();
        }
        if (!isBlank(draft.idNumber())) {
            idNumber = IdentityNumber.normalize(draft.idNumber());
        }
        partyMember = draft.partyMember();
        formerPost = blankToNull(draft.formerPost());
        categories = join(draft.categories());
        serviceRoles = join(draft.serviceRoles());
        specialties = blankToNull(draft.specialties());
        fitForPatrol = draft.fitForPatrol();
        healthSummary = blankToNull(draft.healthSummary());
        joinedOn = draft.joinedOn();
        updatedAt = now;
    }

    void changeStatus(VolunteerStatus newStatus, Instant now) {
        status = newStatus;
        if (newStatus == VolunteerStatus.DECEASED || newStatus == VolunteerStatus.WITHDRAWN) {
            fitForPatrol = false;
        }
        updatedAt = now;
    }

    VolunteerSummary summary(Clock clock) {
        Integer age = birthDate == null ? null : Period.between(birthDate, LocalDate.now(clock)).getYears();
        return new VolunteerSummary(id, organizationId, organizationPath, userId, name, gender, ethnicity, birthDate,
                age, Masking.phone(phone), Masking.idNumber(idNumber), partyMember, formerPost,
                split(categories, Category.class), split(serviceRoles, ServiceRole.class), specialties, fitForPatrol,
                healthSummary, joinedOn, status, version);
    }

    VolunteerContact contact() {
        return new VolunteerContact(id, name, phone, idNumber);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getOrganizationPath() {
        return organizationPath;
    }

    VolunteerStatus getStatus() {
        return status;
    }

    static <E extends Enum<E>> String join(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).forEach(name -> values.add(Enum.valueOf(type, name)));
        }
        return values;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
