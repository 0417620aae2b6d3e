package com.carenext.organization;

/** Kinds of organization in DESIGN.md §3, from the region's committee down to a partner unit. */
public enum OrganizationType {
    REGION_COMMITTEE, CITY_COMMITTEE, BANNER_COMMITTEE, TOWN_COMMITTEE, VILLAGE_COMMITTEE, COMMUNITY_COMMITTEE,
    SCHOOL, KINDERGARTEN, PARTNER_UNIT, EDUCATION_BASE;

    public String messageKey() {
        return "organization.type." + name();
    }

    /** A committee (关工委) as opposed to a school, unit or base that works with one. */
    public boolean isCommittee() {
        return name().endsWith("_COMMITTEE");
    }
}
