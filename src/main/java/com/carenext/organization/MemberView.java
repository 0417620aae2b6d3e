package com.carenext.organization;

import com.carenext.shared.Masking;

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
        return Masking.phone(phone);
    }
}
