package com.carenext.organization;

import java.time.LocalDate;

/** A committee member's term as read by pages, the API and other modules. */
public record MemberView(long id, long organizationId, String name, String gender, CommitteePost post,
                         String position, String phone, LocalDate termStart, LocalDate termEnd, int sortOrder,
                         String note, long version) {

    public boolean servesOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
    }

    /** The phone number with its middle digits hidden, as lists show it. */
    public String maskedPhone() {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
