package com.carenext.volunteer;

/** What a list of volunteers is narrowed by; blank fields do not filter. */
public record VolunteerFilter(Long organizationId, Category category, VolunteerStatus status, String name) {

    public static VolunteerFilter none() {
        return new VolunteerFilter(null, null, null, null);
    }

    String nameOrEmpty() {
        return name == null ? "" : name.strip();
    }
}
