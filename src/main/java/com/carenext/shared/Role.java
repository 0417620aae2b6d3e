package com.carenext.shared;

/**
 * The roles of DESIGN.md §1. {@link #SYSTEM_ADMIN}, {@link #SECURITY_ADMIN} and {@link #AUDITOR} are the three
 * separated duties (三员分立): no account holds two of them.
 */
public enum Role {
    TOWN_ADMIN, ORG_MANAGER, CORRESPONDENT, VOLUNTEER, LEADER, AUDITOR, SECURITY_ADMIN, SYSTEM_ADMIN;

    public boolean isSeparatedDuty() {
        return this == AUDITOR || this == SECURITY_ADMIN || this == SYSTEM_ADMIN;
    }

    /** The message key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
