package com.carenext.volunteer;

import java.time.LocalDate;
import java.util.Set;

/**
 * A 五老 as pages, the API and other modules read it. Phone and identity number are masked here; the full values
 * are only given by {@link Volunteers#reveal}, an audited action.
 */
public record VolunteerSummary(long id, long organizationId, String organizationPath, Long userId, String name,
                               String gender, String ethnicity, LocalDate birthDate, Integer age,
                               String maskedPhone, String maskedIdNumber, boolean partyMember, String formerPost,
                               Set<Category> categories, Set<ServiceRole> serviceRoles, String specialties,
                               boolean fitForPatrol, String healthSummary, LocalDate joinedOn,
                               VolunteerStatus status, long version) {

    public boolean isActive() {
        return status == VolunteerStatus.ACTIVE;
    }
}
