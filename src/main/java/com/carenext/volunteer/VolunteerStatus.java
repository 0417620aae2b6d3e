package com.carenext.volunteer;

/** Where a volunteer stands; every change is kept in the status history. */
public enum VolunteerStatus {
    ACTIVE, PAUSED, WITHDRAWN, DECEASED;

    public String messageKey() {
        return "volunteer.status." + name();
    }
}
