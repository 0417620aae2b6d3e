package com.carenext.volunteer;

/** A logged entry of service hours: waiting for the manager, approved, or returned with a reason. */
public enum HourStatus {
    SUBMITTED, APPROVED, RETURNED;

    public String messageKey() {
        return "hours.status." + name();
    }
}
