package com.carenext.organization;

/** Posts on a committee (组成成员职务), in the order a roster lists them. */
public enum CommitteePost {
    DIRECTOR, EXECUTIVE_DEPUTY, DEPUTY_DIRECTOR, SECRETARY_GENERAL, MEMBER;

    public String messageKey() {
        return "committee.post." + name();
    }
}
