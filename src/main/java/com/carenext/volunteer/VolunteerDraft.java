package com.carenext.volunteer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A 五老 as a manager enters it. On an edit, a blank phone or identity number keeps the stored one, so that the
 * edit form never has to show them in full.
 */
public record VolunteerDraft(
        @NotBlank @Size(max = 100) String name,
        @Pattern(regexp = "^$|^(男|女)$", message = "{validation.gender}") String gender,
        @Size(max = 20) String ethnicity,
        @NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{validation.phone}") String phone,
        @ValidIdentityNumber String idNumber,
        @NotNull Long organizationId,
        Boolean partyMember,
        @Size(max = 200) String formerPost,
        @NotEmpty(message = "{validation.categories}") Set<Category> categories,
        Set<ServiceRole> serviceRoles,
        @Size(max = 500) String specialties,
        Boolean fitForPatrol,
        @Size(max = 500) String healthSummary,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
        Long userId,
        Long version) {

    public VolunteerDraft {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        serviceRoles = serviceRoles == null ? Set.of() : Set.copyOf(serviceRoles);
        partyMember = Boolean.TRUE.equals(partyMember);
        fitForPatrol = Boolean.TRUE.equals(fitForPatrol);
    }

    /**
     * The birth date must agree with the one written in the identity number. A date in the future is refused by
     * {@link ValidIdentityNumber} on the office's clock; here only the agreement counts, whatever day it is.
     */
    @AssertTrue(message = "{validation.idNumber.birthMismatch}")
    public boolean isBirthDateConsistent() {
        if (idNumber == null || birthDate == null || !IdentityNumber.isValid(idNumber, LocalDate.MAX)) {
            return true;
        }
        return IdentityNumber.birthDate(IdentityNumber.normalize(idNumber), LocalDate.MAX).map(birthDate::equals)
                .orElse(true);
    }

    static VolunteerDraft blank(Long organizationId) {
        return new VolunteerDraft("", null, "汉族", null, null, null, organizationId, false, null, Set.of(), Set.of(),
                null, true, null, null, null, null);
    }
}
